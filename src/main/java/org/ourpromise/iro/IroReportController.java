package org.ourpromise.iro;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.reports.ReportRenderer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The IRO annual report for a collection year, in the browser and as PDF (one document, rendered by the report
 * engine), and the IRO manager's form for each section's narrative.
 */
@Controller
class IroReportController {

    private static final Pattern STYLE = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL);

    private final IroReports reports;
    private final AuditLog audit;

    IroReportController(IroReports reports, AuditLog audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @GetMapping("/reports/iro")
    @Transactional
    ResponseEntity<String> report(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String year) {
        int y = year(year);
        audit.record(AuditLog.Action.VIEW_REPORT, null, "viewed the IRO annual report " + y);
        var html = ReportRenderer.html("iro/report", Map.of("report", reports.build(y)), ReportRenderer.Medium.BROWSER);
        var links = new LinkedHashMap<String, String>();
        links.put("Promise home", "/");
        links.put("Download this report as PDF", "/reports/iro.pdf?year=" + y);
        if (user.can(Permission.MANAGE_ESCALATIONS)) {
            links.put("Write the narrative", "/iro/report-narrative?year=" + y);
        }
        return page(html, links);
    }

    @GetMapping("/reports/iro.pdf")
    @Transactional
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String year) {
        int y = year(year);
        audit.record(AuditLog.Action.EXPORT, null, "downloaded the IRO annual report " + y + " as PDF");
        var report = reports.build(y);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"iro-annual-report-" + y + ".pdf\"")
                .body(ReportRenderer.pdf("iro/report", Map.of("report", report), report.title()));
    }

    @GetMapping("/iro/report-narrative")
    @Transactional(readOnly = true)
    String narrative(@RequestParam(required = false) @Nullable String year, Model model) {
        return narrativeForm(model, year(year), Map.of(), Map.of());
    }

    @PostMapping("/iro/report-narrative")
    @Transactional
    String saveNarrative(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        int y = year(params.get("year"));
        var in = new FormInput(params);
        String section = in.raw("section");
        if (!IroReport.SECTION_KEYS.contains(section)) {
            in.error("section", "Choose a section of the report");
        }
        String text = in.text("text", 8000);
        // the text's box belongs to a section: without one there is no box to point the message at
        if (!in.errors().containsKey("section") && !in.raw("version").matches("\\d{1,9}")) {
            in.error("text", "The form was incomplete: open it again");
        }
        if (!in.hasErrors() && !reports.saveNarrative(y, section, text == null ? "" : text,
                Integer.parseInt(in.raw("version")), user.username())) {
            var now = reports.narratives(y).get(section);
            var errors = new LinkedHashMap<>(in.errors());
            new StaleEdit(now == null ? 0 : now.version())
                    .compare("Narrative", now == null ? "" : now.text(), text).show(model, errors, "text");
            return narrativeForm(model, y, params, errors);
        }
        if (in.hasErrors()) {
            return narrativeForm(model, y, params, in.errors());
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "wrote the narrative of section " + section + " of the IRO annual report " + y);
        SuccessBanner.flash(redirect, "Narrative saved");
        return "redirect:/iro/report-narrative?year=" + y;
    }

    private String narrativeForm(Model model, int year, Map<String, String> values, Map<String, String> errors) {
        var sections = new LinkedHashMap<String, String>();
        reports.build(year).sections().forEach(s -> sections.put(s.key(), s.number() + ". " + s.title()));
        model.addAttribute("year", year);
        model.addAttribute("sections", sections);
        model.addAttribute("narratives", reports.narratives(year));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "iro/narrative";
    }

    private int year(@Nullable String year) {
        if (year != null && year.matches("20\\d\\d")) {
            int y = Integer.parseInt(year);
            if (y <= reports.latestYear() + 1) {
                return y;
            }
        }
        return reports.latestYear();
    }

    /** The report's own style blocks are allowed by their hash, and nothing else inline (as the annual report). */
    private static ResponseEntity<String> page(String html, Map<String, String> links) {
        var bar = new StringBuilder("<nav class=\"report-links\" aria-label=\"Promise\"><p>");
        links.forEach((text, url) -> bar.append("<a href=\"").append(HtmlUtils.htmlEscape(url)).append("\">")
                .append(HtmlUtils.htmlEscape(text)).append("</a> | "));
        bar.setLength(bar.length() - 3);
        bar.append("</p></nav>");
        int body = html.indexOf("<body>");
        String page = body < 0 ? html : html.substring(0, body + 6) + bar + html.substring(body + 6);
        var styles = new StringBuilder();
        var m = STYLE.matcher(page);
        while (m.find()) {
            styles.append(" 'sha256-").append(sha256(m.group(1))).append('\'');
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'" + styles
                        + "; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'")
                .body(page);
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
