package org.ourpromise.reports.boardpack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.reports.PackSection;
import org.ourpromise.reports.RecordFigures;
import org.ourpromise.reports.figures.RecordMeasures;
import org.ourpromise.reports.figures.ReportLibrary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The performance team's narrative for each section of a board pack (issue 15), kept with the pack's period and
 * shown in the pack under the section's heading. A stale edit is refused, both texts shown; every change audited.
 */
@Controller
class PackNarrativeController {

    static final String HEADLINES = "headlines";

    private final PackPeriods periods;
    private final RecordMeasures record;
    private final List<PackSection.Source> sources;
    private final PackNarratives narratives;
    private final AuditLog audit;

    PackNarrativeController(ReportLibrary library, RecordMeasures record, List<PackSection.Source> sources,
            PackNarratives narratives, AuditLog audit) {
        this.periods = new PackPeriods(library);
        this.record = record;
        this.sources = sources;
        this.narratives = narratives;
        this.audit = audit;
    }

    @GetMapping("/board-pack/narrative")
    String form(@RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String section, Model model) {
        var chosen = chosen(period);
        var errors = new LinkedHashMap<String, String>();
        var sections = sections(chosen);
        String s = section != null && sections.containsKey(section) ? section : HEADLINES;
        model.addAttribute("version", narratives.version(chosen.query(), s));
        return form(model, chosen, s, narratives.of(chosen.query()).getOrDefault(s, ""), errors);
    }

    @PostMapping("/board-pack/narrative")
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        var chosen = chosen(params.get("period"));
        String section = params.getOrDefault("section", "");
        String text = params.getOrDefault("text", "");
        var errors = new LinkedHashMap<String, String>();
        var sections = sections(chosen);
        if (!sections.containsKey(section)) {
            errors.put("section", "Choose a section of the pack");
        }
        if (text.length() > PackNarratives.MAX_LENGTH) {
            errors.put("text", "The narrative must be " + String.format("%,d", PackNarratives.MAX_LENGTH)
                    + " characters or fewer (it has " + String.format("%,d", text.length()) + ")");
        }
        model.addAttribute("version", params.getOrDefault("version", ""));
        if (!errors.isEmpty()) {
            return form(model, chosen, section, text, errors);
        }
        int version = section.equals(params.getOrDefault("versionSection", section))
                ? StaleEdit.versionOf(params.get("version")) : StaleEdit.NONE;
        if (!narratives.save(chosen.query(), section, text, version, user.username())) {
            new StaleEdit(narratives.version(chosen.query(), section))
                    .compare("Narrative", narratives.of(chosen.query()).getOrDefault(section, ""), text)
                    .show(model, errors, "text");
            return form(model, chosen, section, text, errors);
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board pack " + chosen.query() + ": narrative of section "
                + section + (text.isBlank() ? " removed" : " saved (" + text.strip().length() + " characters)"));
        SuccessBanner.flash(redirect, "The narrative of " + sections.get(section) + " in the pack for "
                + chosen.period().label() + " has been saved.");
        return "redirect:/board-pack?" + chosen.query();
    }

    private PackPeriods.Chosen chosen(@Nullable String period) {
        if (period == null || period.isBlank()) {
            return periods.chosen(null, null, null);
        }
        var asked = PackPeriods.fromChoice(period.strip());
        return periods.chosen(asked[0], asked[1], asked[2]);
    }

    /** The pack's sections, id to heading, in the pack's order. */
    Map<String, String> sections(PackPeriods.Chosen chosen) {
        var out = new LinkedHashMap<String, String>();
        out.put(HEADLINES, "Headline indicators");
        out.put("from-the-record", RecordFigures.HEADING);
        record.inYearSection(chosen.period()).ifPresent(s -> out.put(s.id(), s.heading()));
        sources.forEach(s -> {
            var section = s.sectionFor(chosen.period());
            out.put(section.id(), section.heading());
        });
        return out;
    }

    private String form(Model model, PackPeriods.Chosen chosen, String section, String text, Map<String, String> errors) {
        model.addAttribute("period", chosen.query());
        model.addAttribute("periodLabel", chosen.period().label());
        model.addAttribute("sections", sections(chosen));
        model.addAttribute("section", section);
        model.addAttribute("versionSection", section);
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        model.addAttribute("maxLength", PackNarratives.MAX_LENGTH);
        return "reports/boardpack/narrative";
    }
}
