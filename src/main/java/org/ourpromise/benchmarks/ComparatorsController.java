package org.ourpromise.benchmarks;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.measures.MeasureFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The comparators stored, read-only: each figure with its source, table and how it came to be stored. */
@Controller
class ComparatorsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ComparatorStore store;

    ComparatorsController(ComparatorStore store) {
        this.store = store;
    }

    /** One stored comparator as the page shows it. */
    record Row(String key, String label, String year, String area, String figure, String source, String table,
            boolean illustrative, String imported) {
    }

    @GetMapping("/comparators")
    String list(Model model) {
        var catalogues = new HashMap<Integer, MeasureCatalogue>();
        var rows = store.all().stream().map(c -> {
            var b = c.figure();
            var measure = catalogues.computeIfAbsent(b.year(), MeasureCatalogue::withLocalMeasures).find(b.measureKey());
            String unit = measure.map(MeasureFormat::unit).orElse("");
            return new Row(b.measureKey(), measure.map(MeasureFormat::label).orElse(b.measureKey()),
                    "31 March " + b.year(), b.area(), MeasureFormat.number(b.value()) + unit, b.source(), b.table(),
                    b.illustrative(), c.importedFrom() + ", by " + c.importedBy() + ", " + c.importedAt().format(WHEN));
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("illustrative", rows.stream().anyMatch(Row::illustrative));
        return "benchmarks/comparators";
    }
}
