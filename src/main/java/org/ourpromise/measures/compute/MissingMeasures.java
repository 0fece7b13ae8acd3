package org.ourpromise.measures.compute;


import static org.ourpromise.measures.Measure.count;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.cohort.CareHistory;
import org.ourpromise.returns.Ssda903Table;

/**
 * MEASURES.md §7: missing (M) and away without authorisation (A) incidents starting in the year, of
 * children looked after during the year (DOMAIN.md §2.9).
 */
final class MissingMeasures implements MeasureFamily {

    private static final String LADY = "children looked after during the year";

    @Override
    public List<Measure> measures(int year) {
        return List.of(
                count("missing.children", "Children looked after during the year who went missing (MISSING = M) "
                        + "at least once with MIS_START in the year.", LADY),
                count("missing.incidents", "Missing incidents (MISSING = M) starting in the year, of children "
                        + "looked after during the year.", LADY),
                Measure.percentage("missing.pct", "Percentage of children looked after during the year who went "
                        + "missing.", "children who went missing", LADY),
                Measure.average("missing.average_incidents", "Average missing incidents per child who went missing.",
                        "missing incidents", "children who went missing"),
                count("away.children", "Children looked after during the year who were away without authorisation "
                        + "(MISSING = A) at least once with MIS_START in the year.", LADY),
                count("away.incidents", "Away-without-authorisation incidents (MISSING = A) starting in the year, of "
                        + "children looked after during the year.", LADY));
    }

    @Override
    public Map<String, MeasureValue> compute(CareHistory care) {
        var lady = new HashSet<>(care.lookedAfterDuringYear());
        var missing = new ArrayList<String>();
        var away = new ArrayList<String>();
        for (var row : care.rows(Ssda903Table.MISSING)) {
            var started = row.date("MIS_START");
            if (started == null || started.isBefore(care.start()) || started.isAfter(care.end())
                    || !lady.contains(row.child())) {
                continue;
            }
            switch (Codes.code(row, "MISSING")) {
                case "M" -> missing.add(row.child());
                case "A" -> away.add(row.child());
                default -> {
                    // Not a code of the list: neither missing nor away.
                }
            }
        }
        var out = new LinkedHashMap<String, MeasureValue>();
        var missingChildren = MeasureValue.countOf(missing);
        out.put("missing.children", missingChildren);
        out.put("missing.incidents", MeasureValue.count(missing.size(), missing));
        out.put("missing.pct", MeasureValue.percentageOf(missing, care.lookedAfterDuringYear()));
        out.put("missing.average_incidents",
                MeasureValue.average(missing.size(), missingChildren.numerator(), missingChildren.numeratorChildren()));
        out.put("away.children", MeasureValue.countOf(away));
        out.put("away.incidents", MeasureValue.count(away.size(), away));
        return out;
    }
}
