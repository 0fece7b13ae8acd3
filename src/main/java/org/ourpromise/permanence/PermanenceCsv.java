package org.ourpromise.permanence;

import java.util.List;
import org.ourpromise.lists.CsvTable;

/**
 * The tracker as CSV (RFC 4180, CRLF). Text a spreadsheet would read as a formula (starting = + - @) is prefixed
 * with an apostrophe, so a downloaded list cannot run anything when opened.
 */
final class PermanenceCsv {

    static final List<String> HEADER = List.of("Child ID", "Name", "In care since", "Plan", "Plan set",
            "Plan set by the second review", "Second review", "Panel decision", "Panel date", "Panel chair",
            "Achieved", "How achieved", "Days since plan", "Drift", "Social worker", "IRO");

    private PermanenceCsv() {
    }

    static String of(List<TrackedChild> rows, PermanenceWords words) {
        var out = new StringBuilder();
        CsvTable.line(out, HEADER);
        for (var t : rows) {
            var f = t.facts();
            var p = t.plan();
            var d = t.latestDecision();
            CsvTable.line(out, List.of(f.childId(), f.name(), f.periodStart().toString(), p == null ? "" : p.option().words(),
                    p == null ? "" : p.setOn().toString(), t.planBySecondReview() == null ? ""
                            : t.planBySecondReview() ? "Yes" : "No",
                    t.secondReview() == null ? "" : t.secondReview().toString(),
                    d == null || d.decision() == null ? "" : d.decision().words(), d == null ? "" : d.meetsOn().toString(),
                    d == null ? "" : d.chair(), p == null || p.achievedOn() == null ? "" : p.achievedOn().toString(),
                    p == null || p.achievedHow() == null ? "" : p.achievedHow().words(),
                    t.daysSincePlan() == null ? "" : String.valueOf(t.daysSincePlan()),
                    String.join("; ", words.drift(t)), f.worker() == null ? "" : f.worker(),
                    f.iro() == null ? "" : f.iro()));
        }
        return out.toString();
    }
}
