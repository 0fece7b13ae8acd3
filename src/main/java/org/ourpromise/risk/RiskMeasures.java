package org.ourpromise.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.RiskServiceMeasureCatalogue;
import org.ourpromise.record.MissingEpisode;

/**
 * Pure: the children-at-risk measures for a period, from the risk room's records and the missing episodes, as
 * {@link RiskServiceMeasureCatalogue} defines them. Counts at the period's last day look at nothing after it.
 */
public final class RiskMeasures {

    /** What the measures are computed from. */
    public record Inputs(Map<String, List<RiskRegister.Assessment>> assessments,
            Map<String, List<MissingEpisode>> missing, Map<String, List<LocalDate>> missingPanelReviews,
            Map<String, List<YouthJustice>> youthJustice, List<PlacedHere> placedHere) {
    }

    private RiskMeasures() {
    }

    public static Map<String, MeasureValue> of(Inputs in, LocalDate from, LocalDate to, RepeatMissing threshold) {
        var high = new ArrayList<String>();
        in.assessments().forEach((child, list) -> {
            for (var kind : List.of("CSE", "CCE")) {
                RiskRegister.Assessment latest = null;
                for (var a : list) {
                    if (a.kind().equals(kind) && !a.assessedOn().isAfter(to)) {
                        latest = a;
                    }
                }
                if (latest != null && latest.level() == RiskLevel.HIGH && !high.contains(child)) {
                    high.add(child);
                }
            }
        });
        var repeat = new ArrayList<String>();
        var reviewed = new ArrayList<String>();
        var windowStart = threshold.windowStart(to);
        in.missing().forEach((child, episodes) -> {
            if (threshold.meets(episodes, to)) {
                repeat.add(child);
                if (in.missingPanelReviews().getOrDefault(child, List.of()).stream()
                        .anyMatch(d -> !d.isBefore(windowStart) && !d.isAfter(to))) {
                    reviewed.add(child);
                }
            }
        });
        var justice = new ArrayList<String>();
        in.youthJustice().forEach((child, list) -> {
            if (list.stream().anyMatch(y -> y.overlaps(from, to))) {
                justice.add(child);
            }
        });
        long placed = in.placedHere().stream().filter(p -> p.overlaps(from, to)).count();
        var values = new LinkedHashMap<String, MeasureValue>();
        values.put(RiskServiceMeasureCatalogue.HIGH_RISK, MeasureValue.countOf(high));
        values.put(RiskServiceMeasureCatalogue.REPEAT_MISSING, MeasureValue.countOf(repeat));
        values.put(RiskServiceMeasureCatalogue.MISSING_PANEL_REVIEWED, MeasureValue.percentageOf(reviewed, repeat));
        values.put(RiskServiceMeasureCatalogue.YOUTH_JUSTICE, MeasureValue.countOf(justice));
        values.put(RiskServiceMeasureCatalogue.PLACED_HERE, MeasureValue.count(placed, List.of()));
        return values;
    }
}
