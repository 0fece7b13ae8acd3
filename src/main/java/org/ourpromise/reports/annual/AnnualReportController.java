package org.ourpromise.reports.annual;

import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.reports.ReportNarrative;
import org.ourpromise.reports.ReportRenderer;
import org.ourpromise.reports.ReportSection;
import org.ourpromise.reports.FigureTable;
import org.ourpromise.reports.figures.FigureDownloads;
import org.ourpromise.reports.figures.ReportLibrary;
import org.ourpromise.reports.figures.ReportPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual Children in Care and Permanence report built from the record, in the browser and as PDF, and the
 * performance team's form for the narrative of each section.
 */
@Controller
class AnnualReportController {

    private final ReportLibrary library;
    private final NarrativeStore narratives;
    private final AuditLog audit;
    private final FigureDownloads downloads;
    private final org.ourpromise.reports.figures.ReportDocuments documents;

    AnnualReportController(ReportLibrary library, NarrativeStore narratives, AuditLog audit,
            FigureDownloads downloads, org.ourpromise.reports.figures.ReportDocuments documents) {
        this.downloads = downloads;
        this.documents = documents;
        this.library = library;
        this.narratives = narratives;
        this.audit = audit;
    }

    /** Other rooms' tables (complaints by theme and outcome) under their sections: the PDF's document. */
    private org.ourpromise.reports.AnnualReport withOtherTables(int year) {
        return documents.annual(year);
    }

    @GetMapping("/reports/annual")
    ResponseEntity<String> annual(@AuthenticationPrincipal PromiseUser user,
            @RequestParam(required = false) @Nullable String year) {
        int y = library.year(year);
        var links = ReportPage.links();
        links.put("Promise home", "/");
        links.put("Download this report as PDF", "/reports/annual.pdf?year=" + y);
        links.put("Download the figures (CSV)", "/reports/annual.csv?year=" + y);
        if (user.can(Permission.MANAGE_RETURN)) {
            links.put("Write the narrative", "/reports/annual/narrative?year=" + y);
        }
        return ReportPage.of(ReportRenderer.html(withOtherTables(y), ReportRenderer.Medium.BROWSER),
                links);
    }

    @GetMapping("/reports/annual.pdf")
    ResponseEntity<byte[]> annualPdf(@RequestParam(required = false) @Nullable String year) {
        int y = library.year(year);
        return ReportPage.pdf(documents.annualPdf(y), "annual-report-" + y + ".pdf");
    }

    @GetMapping("/reports/annual.csv")
    ResponseEntity<String> annualCsv(@RequestParam(required = false) @Nullable String year) {
        int y = library.year(year);
        return ReportPage.csv(FigureTable.csv(downloads.annual(y)), "annual-report-" + y + ".csv");
    }

    @GetMapping("/reports/annual/narrative")
    String narrativeForm(@RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String section, Model model) {
        int y = library.year(year);
        if (section == null || section.isBlank()) {
            // first choose the section, so its narrative so far is in the box (no script swaps it in)
            var narrative = narratives.narrative(y);
            var written = new java.util.LinkedHashMap<ReportSection, Boolean>();
            for (var s : ReportSection.values()) {
                written.put(s, narrative.text(s).isPresent());
            }
            form(model, y, null, null, "", java.util.Map.of());
            model.addAttribute("written", written);
            return "reports/annual/narrative";
        }
        var errors = new LinkedHashMap<String, String>();
        var s = section(section, errors);
        String text = s == null ? "" : narratives.narrative(y).text(s).orElse("");
        model.addAttribute("version", s == null ? StaleEdit.NONE : narratives.version(y, s));
        return form(model, y, section, s, text, errors);
    }

    @PostMapping("/reports/annual/narrative")
    @Transactional
    String saveNarrative(@AuthenticationPrincipal PromiseUser user, @RequestParam java.util.Map<String, String> params,
            Model model) {
        int y = library.year(params.get("year"));
        String section = params.get("section");
        String text = params.getOrDefault("text", "");
        var errors = new LinkedHashMap<String, String>();
        var s = section(section, errors);
        if (text.length() > NarrativeStore.MAX_LENGTH) {
            errors.put("text", "The narrative must be " + String.format("%,d", NarrativeStore.MAX_LENGTH)
                    + " characters or fewer (it has " + String.format("%,d", text.length()) + ")");
        }
        if (s == null || !errors.isEmpty()) {
            model.addAttribute("version", params.getOrDefault("version", ""));
            model.addAttribute("versionSection", params.getOrDefault("versionSection", ""));
            return form(model, y, section, s, text, errors);
        }
        // the version the page saw is the section's it was opened at; another section chosen expects no text there
        int version = s.name().equals(params.getOrDefault("versionSection", s.name()))
                ? StaleEdit.versionOf(params.get("version")) : StaleEdit.NONE;
        if (!narratives.save(y, s, text, version, user.username())) {
            new StaleEdit(narratives.version(y, s)).compare("Narrative", narratives.narrative(y).text(s).orElse(""), text)
                    .show(model, errors, "text");
            return form(model, y, section, s, text, errors);
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "annual report " + y + ": narrative of section " + s.name()
                + (text.isBlank() ? " removed" : " saved (" + text.strip().length() + " characters)"));
        library.narrativeChanged(y);
        return "redirect:/reports/annual?year=" + y + "#" + s.slug();
    }

    private String form(Model model, int year, @Nullable String sectionText, @Nullable ReportSection section,
            String text, java.util.Map<String, String> errors) {
        model.addAttribute("year", year);
        model.addAttribute("sectionText", sectionText == null ? "" : sectionText);
        model.addAttribute("section", section);
        if (!model.containsAttribute("versionSection")) {
            model.addAttribute("versionSection", section == null ? "" : section.name());
        }
        var sections = new LinkedHashMap<String, String>();
        for (ReportSection s : ReportSection.values()) {
            sections.put(s.name(), s.title());
        }
        model.addAttribute("sections", sections);
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        model.addAttribute("maxLength", NarrativeStore.MAX_LENGTH);
        model.addAttribute("placeholder", ReportNarrative.PLACEHOLDER);
        return "reports/annual/narrative";
    }

    private static @Nullable ReportSection section(@Nullable String text, java.util.Map<String, String> errors) {
        if (text != null) {
            for (var s : ReportSection.values()) {
                if (s.name().equals(text.strip()) || s.slug().equals(text.strip())) {
                    return s;
                }
            }
        }
        errors.put("section", "Choose a section of the report from the list");
        return null;
    }
}
