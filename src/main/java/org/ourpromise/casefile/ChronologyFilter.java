package org.ourpromise.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a chronology is narrowed to: some kinds of event (none chosen means every kind) and a date range, from the
 * page's filter form (checkboxes {@code kind}, GOV.UK date inputs {@code from} and {@code to}). A date that is not
 * a real date is an error, and the chronology is then shown without that date limit, so nothing is hidden by it.
 */
public record ChronologyFilter(List<String> kinds, @Nullable LocalDate from, @Nullable LocalDate to,
        Map<String, String> errors, Map<String, String> values) {

    /** The kinds of event a chronology holds, in the order the filter offers them. */
    public static final List<String> KINDS = List.of("Care", "Allocation", "Visit", "Plan", "Review", "Health",
            "Education", "Missing", "Care leaver", "Adoption", "Correction");

    public static ChronologyFilter read(@Nullable List<String> kind, Map<String, String> params, LocalDate today) {
        var chosen = new ArrayList<String>();
        for (String k : KINDS) {
            if (kind != null && kind.contains(k)) {
                chosen.add(k);
            }
        }
        var input = new FormInput(params);
        var from = input.date("from", "date to show events from", false, today);
        var to = input.date("to", "date to show events up to", false, today);
        if (from != null && to != null && to.isBefore(from)) {
            input.error("to", "The date to show events up to must be the same as or after the date to show them from");
            to = null;
        }
        var values = new LinkedHashMap<String, String>();
        for (String f : List.of("from", "to")) {
            for (String part : List.of("-day", "-month", "-year")) {
                values.put(f + part, input.raw(f + part));
            }
        }
        return new ChronologyFilter(List.copyOf(chosen), from, to, input.errors(), values);
    }

    public List<ChronologyEntry> apply(List<ChronologyEntry> entries) {
        return entries.stream()
                .filter(e -> kinds.isEmpty() || kinds.contains(e.category()))
                .filter(e -> from == null || !e.date().isBefore(from))
                .filter(e -> to == null || !e.date().isAfter(to))
                .toList();
    }

    public boolean isFiltered() {
        return !kinds.isEmpty() || from != null || to != null;
    }

    /** The parameters that repeat this filter in a link (paging and sorting keep them). */
    public Map<String, Object> asParameters() {
        var out = new LinkedHashMap<String, Object>();
        out.put("kind", kinds);
        values.forEach((k, v) -> {
            if (!v.isEmpty() && !errors.containsKey(k.substring(0, k.indexOf('-')))) {
                out.put(k, v);
            }
        });
        return out;
    }
}
