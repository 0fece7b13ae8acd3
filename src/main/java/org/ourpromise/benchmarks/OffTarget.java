package org.ourpromise.benchmarks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.reports.CurrentFigures;
import org.ourpromise.measures.MeasureFormat;
import org.ourpromise.reports.RagStatus;
import org.ourpromise.reports.Targets;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;

/**
 * The figures of the latest complete year that miss their target (red first, then amber), as the targets page
 * rates them; for the performance officer's home page.
 */
@Service
public class OffTarget {

    /** One figure that misses its target: its name, the figure and the target in words, red or amber. */
    public record Figure(String key, String label, String figure, String target, RagStatus status) {
    }

    /** The year rated, how many targets it has, and the figures off target in it. */
    public record Year(int year, String label, int targets, List<Figure> figures) {
    }

    private final TargetStore targets;
    private final CurrentFigures figures;
    private final Clock clock;

    OffTarget(TargetStore targets, CurrentFigures figures, Clock clock) {
        this.targets = targets;
        this.figures = figures;
        this.clock = clock;
    }

    public Year latestCompleteYear() {
        int year = Ssda903Dates.collectionYearOf(LocalDate.now(clock)) - 1;
        var stored = Targets.of(targets.forYear(year).stream().map(StoredTarget::target).toList(), BigDecimal.ZERO);
        var out = new ArrayList<Figure>();
        if (!stored.all().isEmpty()) {
            var results = figures.measures(year);
            for (var m : MeasureCatalogue.withLocalMeasures(year).measures()) {
                var target = stored.find(m.key(), year);
                var value = results.get(m.key());
                if (target.isEmpty() || value == null) {
                    continue;
                }
                var rag = stored.rag(m.key(), year, value.value());
                if (rag == RagStatus.RED || rag == RagStatus.AMBER) {
                    out.add(new Figure(m.key(), MeasureFormat.label(m), MeasureFormat.value(m, value),
                            TargetWords.of(target.get(), MeasureFormat.unit(m)), rag));
                }
            }
        }
        out.sort(java.util.Comparator.comparing((Figure f) -> f.status() != RagStatus.RED).thenComparing(Figure::label));
        return new Year(year, TargetForm.label(year), stored.all().size(), List.copyOf(out));
    }
}
