package org.ourpromise.staff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;

/**
 * The staff directory as a list people can work with: one row per member with the children they hold today and
 * their children per full-time equivalent, sortable by every column, and the same rows as CSV. People are shown
 * by name and role; the worker ID stays in the links (and in the CSV, which other systems read).
 */
record StaffRows(StaffMember member, boolean inPost, int children, @Nullable BigDecimal perFte) {

    static final Sorting<StaffRows> COLUMNS = Sorting
            .by("name", Comparator.comparing((StaffRows r) -> r.member().name().toLowerCase(Locale.UK)))
            .and("role", Comparator.comparing((StaffRows r) -> r.member().role().label()))
            .and("team", Comparator.comparing((StaffRows r) -> r.member().team()))
            .and("employed", Comparator.comparing((StaffRows r) -> r.member().agency()))
            .andDescending("fte", Comparator.comparing((StaffRows r) -> r.member().fte()))
            .andDescending("children", Comparator.comparingInt(StaffRows::children))
            .andDescending("perFte", Comparator.comparing(StaffRows::perFte,
                    Comparator.nullsFirst(Comparator.naturalOrder())))
            .andDescending("started", Comparator.comparing((StaffRows r) -> r.member().from()))
            .andDescending("left", Comparator.comparing((StaffRows r) -> r.member().to(),
                    Comparator.nullsFirst(Comparator.naturalOrder())));

    static List<StaffRows> of(List<StaffMember> staff, Map<String, Integer> caseloads, LocalDate today) {
        var rows = new ArrayList<StaffRows>();
        for (var m : staff) {
            int n = caseloads.getOrDefault(m.workerId(), 0);
            var perFte = m.fte().signum() == 0 ? null : BigDecimal.valueOf(n).divide(m.fte(), 1, RoundingMode.HALF_UP);
            rows.add(new StaffRows(m, m.inPostOn(today), n, perFte));
        }
        return rows;
    }

    static String csv(List<StaffRows> rows) {
        return CsvTable.of(List.of("Name", "Worker ID", "Role", "Team", "Employed as", "Full-time equivalent",
                "Children now", "Children per full-time equivalent", "Started", "Left"), rows.stream().map(r -> List.of(
                r.member().name(), r.member().workerId(), r.member().role().label(), r.member().team(),
                r.member().agency() ? "Agency" : "Permanent", r.member().fte().toPlainString(),
                Integer.toString(r.children()), r.perFte() == null ? "" : r.perFte().toPlainString(),
                r.member().from().toString(), r.member().to() == null ? "" : r.member().to().toString())).toList());
    }
}
