package org.ourpromise.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Complaints' outcomes and themes: kept beside each complaint with their own version. The caller audits. */
@Service
public class ComplaintOutcomes {

    /** A theme of the council's list. */
    public record Theme(long id, String label, boolean retired, int version) {
    }

    /** The longest theme the list takes. */
    static final int THEME_LIMIT = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ComplaintOutcomes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Theme> themes() {
        return jdbc.query("select theme_id, label, retired, version from complaint_theme order by label",
                (rs, n) -> new Theme(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4)));
    }

    /** Adds a theme to the council's list; the error in words if it is blank, too long or already there. */
    @Transactional
    public @Nullable String addTheme(String label) {
        String l = label.strip();
        if (l.isEmpty()) {
            return "Enter the theme";
        }
        if (l.length() > THEME_LIMIT) {
            return "Write the theme in " + THEME_LIMIT + " characters or fewer (you wrote " + l.length() + ")";
        }
        if (themes().stream().anyMatch(t -> t.label().equalsIgnoreCase(l))) {
            return "The list already has the theme \"" + l + "\"";
        }
        jdbc.update("insert into complaint_theme (label) values (?)", l);
        return null;
    }

    /** Retires or restores a theme if still at {@code version}: empty if no such theme, false if someone changed it. */
    @Transactional
    public java.util.Optional<Boolean> setRetired(long id, boolean retired, int version) {
        if (themes().stream().noneMatch(t -> t.id() == id)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(jdbc.update("update complaint_theme set retired = ?, version = version + 1 "
                + "where theme_id = ? and version = ?", retired, id, version) == 1);
    }

    @Transactional(readOnly = true)
    public ComplaintOutcome of(String reference) {
        var themes = jdbc.queryForList("select theme_id from complaint_theme_of where reference = ? order by theme_id",
                Long.class, reference);
        return jdbc.query("select stage1_outcome, stage2_outcome, stage3_outcome, learning, action_taken, "
                + "ombudsman_referred, ombudsman_finding, version from complaint_outcome where reference = ?",
                (rs, n) -> new ComplaintOutcome(reference, finding(rs.getString(1)), finding(rs.getString(2)),
                        finding(rs.getString(3)), themes, rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7) == null ? null
                                : ComplaintOutcome.OmbudsmanFinding.valueOf(rs.getString(7)), rs.getInt(8)),
                reference).stream().findFirst()
                .orElseGet(() -> new ComplaintOutcome(reference, null, null, null, themes, null, null, null, null, 0));
    }

    /** Saves the outcome if nobody saved it since {@code version}; false, having changed nothing, if someone did. */
    @Transactional
    public boolean save(ComplaintOutcome o, int version, String username) {
        var now = LocalDateTime.now(clock);
        int n = jdbc.update("update complaint_outcome set stage1_outcome = ?, stage2_outcome = ?, stage3_outcome = ?, "
                + "learning = ?, action_taken = ?, ombudsman_referred = ?, ombudsman_finding = ?, recorded_by = ?, "
                + "updated_at = ?, version = version + 1 where reference = ? and version = ?", name(o.stage1()),
                name(o.stage2()), name(o.stage3()), o.learning(), o.actionTaken(), o.ombudsmanReferred(),
                name(o.ombudsmanFinding()), username, now, o.reference(), version);
        if (n == 0) {
            Integer exists = jdbc.queryForObject("select count(*) from complaint_outcome where reference = ?",
                    Integer.class, o.reference());
            if (exists != null && exists > 0 || version != 0) {
                return false;
            }
            jdbc.update("insert into complaint_outcome (reference, stage1_outcome, stage2_outcome, stage3_outcome, "
                    + "learning, action_taken, ombudsman_referred, ombudsman_finding, version, recorded_by, updated_at) "
                    + "values (?,?,?,?,?,?,?,?,1,?,?)", o.reference(), name(o.stage1()), name(o.stage2()),
                    name(o.stage3()), o.learning(), o.actionTaken(), o.ombudsmanReferred(), name(o.ombudsmanFinding()),
                    username, now);
        }
        jdbc.update("delete from complaint_theme_of where reference = ?", o.reference());
        for (long theme : o.themes()) {
            jdbc.update("insert into complaint_theme_of (reference, theme_id) values (?, ?)", o.reference(), theme);
        }
        return true;
    }

    /**
     * Complaints received from {@code from} to {@code to} (inclusive) by theme (a complaint counts under each of its
     * themes) and by what they came to, for the annual report.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> byTheme(LocalDate from, LocalDate to) {
        var counts = new LinkedHashMap<String, Long>();
        jdbc.query("select t.label, count(*) from complaint_theme_of o join complaint_theme t on t.theme_id = o.theme_id "
                + "join complaint c on c.reference = o.reference where c.received between ? and ? "
                + "group by t.label order by count(*) desc, t.label", rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, from, to);
        return counts;
    }

    /** Complaints received in the period by their outcome at the last stage decided ("Not decided yet" if none). */
    @Transactional(readOnly = true)
    public Map<String, Long> byOutcome(LocalDate from, LocalDate to) {
        var counts = new LinkedHashMap<String, Long>();
        for (var f : ComplaintOutcome.Finding.values()) {
            counts.put(f.words(), 0L);
        }
        counts.put("Not decided yet", 0L);
        jdbc.query("select c.reference, o.stage1_outcome, o.stage2_outcome, o.stage3_outcome from complaint c "
                + "left join complaint_outcome o on o.reference = c.reference where c.received between ? and ?", rs -> {
                    var last = rs.getString(4) != null ? rs.getString(4) : rs.getString(3) != null ? rs.getString(3)
                            : rs.getString(2);
                    counts.merge(last == null ? "Not decided yet" : ComplaintOutcome.Finding.valueOf(last).words(), 1L,
                            Long::sum);
                }, from, to);
        return counts;
    }

    private static ComplaintOutcome.@Nullable Finding finding(@Nullable String name) {
        return name == null ? null : ComplaintOutcome.Finding.valueOf(name);
    }

    private static @Nullable String name(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }
}
