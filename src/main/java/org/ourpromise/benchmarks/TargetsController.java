package org.ourpromise.benchmarks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.Confirmation;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.measures.MeasureWords;
import org.ourpromise.measures.MeasureResults;
import org.ourpromise.reports.CurrentFigures;
import org.ourpromise.measures.MeasureFormat;
import org.ourpromise.reports.RagStatus;
import org.ourpromise.reports.Targets;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The performance team's targets: every measure of a year's catalogue with its target, direction and status
 * against the council's figure, and a form to set, change or remove one. Every change is audited.
 */
@Controller
class TargetsController {

    private final TargetStore targets;
    private final Comparisons comparisons;
    private final CurrentFigures figures;
    private final AuditLog audit;
    private final Clock clock;

    TargetsController(TargetStore targets, Comparisons comparisons, CurrentFigures figures, AuditLog audit,
            Clock clock) {
        this.targets = targets;
        this.comparisons = comparisons;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    /** One measure on the list: its figure this year, its target in words and its status. */
    record Row(String key, String label, String plain, String description, String figure, String target,
            RagStatus status) {
    }

    /** The catalogue's own order unless sorted by measure, by whether a target is set, or by status (green first). */
    static final Sorting<Row> COLUMNS = Sorting.<Row>by("catalogue", (a, b) -> 0)
            .and("measure", Comparator.comparing((Row r) -> r.label().toLowerCase(java.util.Locale.ROOT)))
            .and("target", Comparator.comparing((Row r) -> r.target().isEmpty()))
            .and("status", Comparator.comparing((Row r) -> r.status().ordinal()));

    @GetMapping("/targets")
    String list(@RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order, @RequestParam(required = false) @Nullable String page,
            Model model) {
        var errors = new LinkedHashMap<String, String>();
        int y = year == null ? latestCompleteYear() : yearOrDefault(year, errors);
        var rows = rows(y);
        var shown = COLUMNS.page(rows, sort, order, page, "/targets", Map.of("year", String.valueOf(y)));
        model.addAttribute("year", y);
        model.addAttribute("yearText", year == null ? String.valueOf(y) : year);
        model.addAttribute("yearLabel", TargetForm.label(y));
        model.addAttribute("started", started(y));
        model.addAttribute("rows", shown);
        model.addAttribute("set", rows.stream().filter(r -> !r.target().isEmpty()).count());
        model.addAttribute("errors", errors);
        return "benchmarks/targets";
    }

    /** Every measure with its target and status, in the order the page was sorted in. */
    @GetMapping("/targets.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String order) {
        int y = year == null ? latestCompleteYear() : yearOrDefault(year, new LinkedHashMap<>());
        var rows = COLUMNS.sorted(rows(y), sort, order).stream().map(r -> List.of(r.label(), r.description(),
                r.figure(), r.target().isEmpty() ? "Not set" : r.target(),
                r.status().shown().isEmpty() ? "" : r.status().shown())).toList();
        return CsvTable.download("targets-" + TargetForm.label(y),
                List.of("Measure", "What it counts", "Figure", "Target", "Status"), rows);
    }

    private List<Row> rows(int y) {
        var stored = Targets.of(targets.forYear(y).stream().map(StoredTarget::target).toList(),
                BigDecimal.ZERO);
        var results = started(y) ? figures.measures(y) : null;
        return MeasureCatalogue.withLocalMeasures(y).measures().stream().map(m -> row(m, y, stored, results)).toList();
    }

    @GetMapping("/targets/{key}")
    String form(@PathVariable String key, @RequestParam(required = false) @Nullable String year, Model model) {
        var errors = new LinkedHashMap<String, String>();
        int y = year == null ? latestCompleteYear() : yearOrDefault(year, errors);
        var measure = MeasureCatalogue.withLocalMeasures(y).find(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure " + key + " in "
                        + TargetForm.label(y)));
        var current = targets.find(key, y);
        model.addAttribute("version", current.map(StoredTarget::version).orElse(StaleEdit.NONE));
        return form(model, key, measure, y, TargetForm.of(y, current.map(StoredTarget::target).orElse(null)), errors);
    }

    @PostMapping("/targets/{key}")
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String key,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var input = new TargetForm(params.getOrDefault("year", ""), params.getOrDefault("target", ""),
                params.getOrDefault("direction", ""), params.getOrDefault("tolerance", ""));
        var checked = input.check(key, FIRST_YEAR, lastYear());
        if (checked.target().isEmpty()) {
            int shown = checked.errors().containsKey("year") ? latestCompleteYear() : Integer.parseInt(input.year().strip());
            var measure = MeasureCatalogue.withLocalMeasures(shown).find(key).orElse(null);
            model.addAttribute("version", params.getOrDefault("version", ""));
            return form(model, key, measure, shown, input, checked.errors());
        }
        var t = checked.target().get();
        var saved = targets.set(t, user.username(), version(params, t.year()));
        String unit = unit(key, t.year());
        if (!saved.saved()) {
            return stale(model, key, t.year(), input, saved.now(), unit);
        }
        audit.record(AuditLog.Action.EDIT_TARGET, null, "target for " + label(key, t.year()) + " in " + TargetForm.label(t.year())
                + " set to " + TargetWords.of(t, unit) + " (was "
                + (saved.before() == null ? "not set" : TargetWords.of(saved.before().target(), unit)) + ")");
        SuccessBanner.flash(redirect, "The target for " + label(key, t.year()) + " in "
                + TargetForm.label(t.year()) + " is now " + TargetWords.of(t, unit) + ".");
        return "redirect:/targets?year=" + t.year();
    }

    @PostMapping("/targets/{key}/remove")
    @Transactional
    String remove(@PathVariable String key, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        int y;
        try {
            y = Integer.parseInt(params.getOrDefault("year", "").strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The collection year must be a whole number");
        }
        var before = targets.find(key, y)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No target for " + key + " in " + y));
        if (!Confirmation.given(params)) {
            return Confirmation.ask(model, "Are you sure you want to remove the target for " + label(key, y) + " in "
                    + TargetForm.label(y) + "?", "The measure will show no target, and no red, amber or green status, "
                    + "on the dashboard, the annual report and the board pack.", "Yes, remove this target",
                    "/targets/" + key + "/remove", "/targets/" + key + "?year=" + y, params);
        }
        String unit = unit(key, y);
        var removed = targets.remove(key, y, version(params, y));
        if (removed.isEmpty()) {
            return stale(model, key, y, TargetForm.of(y, before.target()), before, unit);
        }
        audit.record(AuditLog.Action.EDIT_TARGET, null, "target for " + label(key, y) + " in " + TargetForm.label(y)
                + " removed (was " + TargetWords.of(removed.get().target(), unit) + ")");
        SuccessBanner.flash(redirect, "The target for " + label(key, y) + " in " + TargetForm.label(y)
                + " has been removed.");
        return "redirect:/targets?year=" + y;
    }

    /** The version the page saw: for the year it was opened at ({@code versionYear}); any other year expects none. */
    private static int version(Map<String, String> params, int year) {
        boolean sameYear = params.getOrDefault("versionYear", String.valueOf(year)).strip().equals(String.valueOf(year));
        return sameYear ? StaleEdit.versionOf(params.get("version")) : StaleEdit.NONE;
    }

    /** Someone else set or removed this target since the page was opened: theirs beside this user's, nothing saved. */
    private String stale(Model model, String key, int year, TargetForm yours, @Nullable StoredTarget now, String unit) {
        var errors = new LinkedHashMap<String, String>();
        new StaleEdit(now == null ? StaleEdit.NONE : now.version())
                .compare("Target", now == null ? "" : TargetWords.of(now.target(), unit),
                        yours.target().isBlank() ? "Removed" : yours.target() + " (" + yours.direction() + " is better, "
                                + "tolerance " + (yours.tolerance().isBlank() ? "0" : yours.tolerance()) + ")")
                .show(model, errors, "target");
        var measure = MeasureCatalogue.withLocalMeasures(year).find(key).orElse(null);
        return form(model, key, measure, year, yours, errors);
    }

    private String form(Model model, String key, @Nullable Measure measure, int year, TargetForm input,
            Map<String, String> errors) {
        model.addAttribute("key", key);
        model.addAttribute("label", measure == null ? key : MeasureFormat.label(measure));
        model.addAttribute("plain", measure == null ? "" : MeasureWords.plain(measure));
        model.addAttribute("description", measure == null ? "" : MeasureWords.technical(measure));
        model.addAttribute("unit", measure == null ? "" : MeasureFormat.unit(measure).strip());
        model.addAttribute("year", year);
        model.addAttribute("yearLabel", TargetForm.label(year));
        model.addAttribute("form", input);
        model.addAttribute("errors", errors);
        model.addAttribute("versionYear", year);
        var current = targets.find(key, year);
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("currentWords", current.map(c -> TargetWords.of(c.target(), unit(key, year))).orElse(""));
        model.addAttribute("figure", measure != null && started(year)
                ? MeasureFormat.value(measure, figures.measures(year).get(key)) : "");
        model.addAttribute("comparators", comparisons.comparators().comparators(key, year));
        return "benchmarks/target";
    }

    private Row row(Measure m, int year, Targets stored, @Nullable MeasureResults results) {
        var value = results == null ? null : results.get(m.key());
        var target = stored.find(m.key(), year);
        return new Row(m.key(), MeasureFormat.label(m), MeasureWords.plain(m), MeasureWords.technical(m),
                value == null ? "" : MeasureFormat.value(m, value),
                target.map(t -> TargetWords.of(t, MeasureFormat.unit(m))).orElse(""),
                value == null ? RagStatus.NO_VALUE : stored.rag(m.key(), year, value.value()));
    }

    private String label(String key, int year) {
        return MeasureCatalogue.withLocalMeasures(year).find(key).map(MeasureFormat::label).orElse(key);
    }

    private String unit(String key, int year) {
        return MeasureCatalogue.withLocalMeasures(year).find(key).map(MeasureFormat::unit).orElse("");
    }

    /** Targets go back to the first SSDA903 years Promise reads, and forward to next year. */
    static final int FIRST_YEAR = 2000;

    private int currentYear() {
        return Ssda903Dates.collectionYearOf(LocalDate.now(clock));
    }

    private int latestCompleteYear() {
        return currentYear() - 1;
    }

    private int lastYear() {
        return currentYear() + 1;
    }

    /** A year not yet begun has no figures to compare. */
    private boolean started(int year) {
        return year <= currentYear();
    }

    private int yearOrDefault(String text, Map<String, String> errors) {
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= FIRST_YEAR && y <= lastYear()) {
                return y;
            }
        } catch (NumberFormatException e) {
            // the message says what is wanted
        }
        errors.put("year", "The collection year must be a whole number from " + FIRST_YEAR + " to " + lastYear()
                + " (the year its 31 March falls in); showing " + TargetForm.label(latestCompleteYear()));
        return latestCompleteYear();
    }
}
