package org.ourpromise.benchmarks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.measures.MeasureFormat;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The performance team's population aged 0 to 17 for each collection year (the ONS mid-year estimate), from which
 * the rate of children in care per 10,000 is worked out on every page (issue 15). Every change is audited.
 */
@Controller
class PopulationController {

    static final int MAX_SOURCE = 500;

    private final PopulationStore store;
    private final AuditLog audit;
    private final Clock clock;

    PopulationController(PopulationStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/population")
    String page(@RequestParam(required = false) String year, Model model) {
        int y = latestCompleteYear();
        if (year != null && year.strip().matches("\\d{4}")) {
            y = Integer.parseInt(year.strip());
        }
        var current = store.find(y);
        model.addAttribute("version", current.map(PopulationStore.Stored::version).orElse(StaleEdit.NONE));
        return form(model, String.valueOf(y), current.map(c -> String.valueOf(c.population())).orElse(""),
                current.map(PopulationStore.Stored::source).orElse(""), new LinkedHashMap<>());
    }

    @PostMapping("/population")
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        String yearText = params.getOrDefault("year", "").strip();
        String populationText = params.getOrDefault("population", "").strip().replace(",", "");
        String source = params.getOrDefault("source", "").strip();
        var errors = check(yearText, populationText, source);
        model.addAttribute("version", params.getOrDefault("version", ""));
        if (!errors.isEmpty()) {
            return form(model, yearText, populationText, source, errors);
        }
        int y = Integer.parseInt(yearText);
        int population = Integer.parseInt(populationText);
        var before = store.find(y);
        boolean sameYear = params.getOrDefault("versionYear", yearText).strip().equals(yearText);
        int version = sameYear ? StaleEdit.versionOf(params.get("version")) : StaleEdit.NONE;
        if (!store.set(y, population, source, user.username(), version)) {
            var now = store.find(y);
            new StaleEdit(now.map(PopulationStore.Stored::version).orElse(StaleEdit.NONE))
                    .compare("Population", now.map(n -> MeasureFormat.number(n.population()) + " (" + n.source() + ")")
                            .orElse(""), MeasureFormat.number(population) + " (" + source + ")")
                    .show(model, errors, "population");
            return form(model, yearText, populationText, source, errors);
        }
        audit.record(AuditLog.Action.EDIT_TARGET, null, "population aged 0 to 17 for " + label(y) + " set to "
                + population + " (" + source + "; was " + before.map(b -> String.valueOf(b.population())).orElse("not set")
                + ")");
        SuccessBanner.flash(redirect, "The population aged 0 to 17 for " + label(y) + " is now "
                + MeasureFormat.number(population) + ".");
        return "redirect:/population?year=" + y;
    }

    /** Each field's problem, in the form's order. */
    Map<String, String> check(String year, String population, String source) {
        var errors = new LinkedHashMap<String, String>();
        int last = latestCompleteYear() + 1;
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < TargetsController.FIRST_YEAR
                || Integer.parseInt(year) > last) {
            errors.put("year", "Enter the collection year as the year its 31 March falls in, from "
                    + TargetsController.FIRST_YEAR + " to " + last + ", for example " + latestCompleteYear());
        }
        if (!population.matches("\\d{1,9}") || Integer.parseInt(population) == 0) {
            errors.put("population", "Enter the population aged 0 to 17 as a whole number of children, for example 144000");
        }
        if (source.isEmpty()) {
            errors.put("source", "Enter where the estimate comes from, for example ONS mid-2024 population estimates");
        } else if (source.length() > MAX_SOURCE) {
            errors.put("source", "The source must be " + MAX_SOURCE + " characters or fewer");
        }
        return errors;
    }

    private String form(Model model, String year, String population, String source, Map<String, String> errors) {
        model.addAttribute("year", year);
        model.addAttribute("versionYear", year);
        model.addAttribute("population", population);
        model.addAttribute("source", source);
        model.addAttribute("errors", errors);
        model.addAttribute("maxSource", MAX_SOURCE);
        model.addAttribute("rows", store.all().stream().map(s -> new Row(label(s.year()),
                MeasureFormat.number(s.population()), s.source(), s.setBy() + ", " + s.setAt().toLocalDate())).toList());
        return "benchmarks/population";
    }

    /** One year's estimate as the page lists it. */
    record Row(String year, String population, String source, String set) {
    }

    static String label(int year) {
        return "the collection year " + (year - 1) + "-" + String.format("%02d", year % 100);
    }

    private int latestCompleteYear() {
        return Ssda903Dates.collectionYearOf(LocalDate.now(clock)) - 1;
    }
}
