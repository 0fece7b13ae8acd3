package org.ourpromise.voice;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The choices the participation forms offer: groups, consultations and staff, each by name, keyed by id. */
@Component
class VoiceChoices {

    private final JdbcTemplate jdbc;
    private final StaffDirectory staff;

    VoiceChoices(JdbcTemplate jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    Map<String, String> groups() {
        var out = new LinkedHashMap<String, String>();
        jdbc.query("select id, name from voice_group order by name", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    Map<String, String> consultations() {
        var out = new LinkedHashMap<String, String>();
        jdbc.query("select id, title from voice_consultation order by opened_on desc, id desc", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    /** Staff in post today, by name: worker id to "name, role". */
    Map<String, String> staff(LocalDate today) {
        var out = new LinkedHashMap<String, String>();
        staff.all().stream().filter(m -> m.inPostOn(today))
                .sorted(Comparator.comparing(org.ourpromise.staff.StaffMember::name))
                .forEach(m -> out.put(m.workerId(), m.name() + ", " + m.role().label().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    static <E extends Enum<E>> Map<String, String> words(E[] values, Function<E, String> words) {
        var out = new LinkedHashMap<String, String>();
        for (var e : values) {
            out.put(e.name(), words.apply(e));
        }
        return out;
    }
}
