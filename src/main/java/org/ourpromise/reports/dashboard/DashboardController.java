package org.ourpromise.reports.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.measures.LocalMeasureCatalogue;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.measures.MeasureWords;
import org.ourpromise.measures.MeasureFormat;
import org.ourpromise.reports.FigureTable;
import org.ourpromise.reports.figures.FigureDownloads;
import org.ourpromise.reports.figures.RecordMeasures;
import org.ourpromise.reports.figures.ReportPage;
import org.ourpromise.reports.figures.ReportLibrary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The managers' dashboard: the headline measures for the council or one team, and behind each figure the
 * children in its numerator and denominator, limited to those the user may see. Board members see the
 * figures but never the children (403 on the drill-down).
 */
@Controller
class DashboardController {

    private final ReportLibrary library;
    private final RecordMeasures record;
    private final UserAccounts users;
    private final ChildAccess access;
    private final AuditLog audit;
    private final FigureDownloads downloads;

    DashboardController(ReportLibrary library, RecordMeasures record, UserAccounts users, ChildAccess access,
            AuditLog audit, FigureDownloads downloads) {
        this.downloads = downloads;
        this.library = library;
        this.record = record;
        this.users = users;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal PromiseUser user, @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String team, Model model) {
        int y = library.returnYear(year);
        String t = team(team);
        model.addAttribute("dashboard", Dashboard.of(library.dashboard(y, t), y, t, t == null ? "All teams" : users.teamName(t), library.today()));
        model.addAttribute("teams", users.teamIds().stream().map(id -> new Dashboard.Team(id, users.teamName(id))).toList());
        model.addAttribute("fromTheRecord", record.dashboard(y, t));
        model.addAttribute("inYear", record.inYearSection(y));
        model.addAttribute("drillDown", user.can(Permission.VIEW_CHILD_RECORDS));
        return "reports/dashboard/dashboard";
    }

    @GetMapping("/dashboard.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String team) {
        int y = library.returnYear(year);
        String t = team(team);
        return ReportPage.csv(FigureTable.csv(downloads.dashboard(y, t)),
                "dashboard-" + y + (t == null ? "" : "-" + t) + ".csv");
    }

    @GetMapping("/dashboard/{key}")
    @Transactional
    String drillDown(@AuthenticationPrincipal PromiseUser user, @PathVariable String key,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String team,
            Model model) {
        if (!user.can(Permission.VIEW_CHILD_RECORDS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN); // board members: figures only
        }
        int y = library.returnYear(year);
        String t = team(team);
        if (LocalMeasureCatalogue.isLocal(key)) {
            return recordDrillDown(user, key, y, t, model);
        }
        var measure = MeasureCatalogue.forYear(y).find(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure " + key));
        var value = library.measures(y, t).get(key);
        var visible = access.visibleChildren(user);
        List<String> numerator = value.numeratorChildren().stream()
                .filter(c -> visible.map(v -> v.contains(c)).orElse(true)).toList();
        List<String> denominator = value.denominatorChildren().stream()
                .filter(c -> visible.map(v -> v.contains(c)).orElse(true)).toList();
        int hidden = value.numeratorChildren().size() - numerator.size()
                + value.denominatorChildren().size() - denominator.size();
        var shown = new java.util.ArrayList<String>(numerator);
        shown.addAll(denominator);
        audit.recordShown(AuditLog.Action.VIEW_REPORT, shown, "dashboard drill-down " + MeasureFormat.label(measure) + " " + y
                + (t == null ? "" : " team " + t) + ": " + numerator.size() + " numerator and " + denominator.size()
                + " denominator children listed");
        model.addAttribute("measure", measure);
        words(model, measure);
        model.addAttribute("value", value);
        model.addAttribute("year", y);
        model.addAttribute("team", t == null ? "" : t);
        model.addAttribute("teamName", t == null ? "All teams" : users.teamName(t));
        model.addAttribute("numerator", numerator);
        model.addAttribute("denominator", denominator);
        model.addAttribute("hidden", hidden);
        return "reports/dashboard/drill-down";
    }

    /** A figure from the record: the same checks and audit as a figure of the return. */
    private String recordDrillDown(PromiseUser user, String key, int y, @Nullable String t, Model model) {
        var catalogue = record.catalogue();
        if (catalogue.find(key).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure " + key);
        }
        var period = record.yearSoFar(y);
        var drill = RecordDrillDown.of(catalogue, key, record.forPeriod(period, t), access.visibleChildren(user),
                users::teamName);
        int listed = drill.lists().stream().mapToInt(l -> l.children().size()).sum();
        audit.recordShown(AuditLog.Action.VIEW_REPORT, drill.lists().stream().flatMap(l -> l.children().stream())
                .toList(), "dashboard drill-down " + MeasureFormat.label(drill.measure()) + " " + period.from() + " to "
                + period.to() + (t == null ? "" : " team " + t) + ": " + listed + " entries listed");
        model.addAttribute("drill", drill);
        words(model, drill.measure());
        model.addAttribute("period", period);
        model.addAttribute("year", y);
        model.addAttribute("team", t == null ? "" : t);
        model.addAttribute("teamName", t == null ? "All teams" : users.teamName(t));
        return "reports/dashboard/record-drill-down";
    }

    /** The heading, the councillor's sentence and the technical definition behind "How this is counted". */
    private static void words(Model model, Measure measure) {
        model.addAttribute("label", MeasureFormat.label(measure));
        model.addAttribute("plain", MeasureWords.plain(measure));
        model.addAttribute("counted", MeasureWords.technical(measure));
    }

    private @Nullable String team(@Nullable String team) {
        if (team == null || team.isBlank()) {
            return null;
        }
        if (!users.teamIds().contains(team.strip())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No team " + team);
        }
        return team.strip();
    }
}
