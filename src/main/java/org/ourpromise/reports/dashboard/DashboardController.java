package org.ourpromise.reports.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.lists.ChildLists;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.measures.LocalMeasureCatalogue;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.measures.MeasureWords;
import org.ourpromise.measures.MeasureFormat;
import org.ourpromise.measures.MeasurePeriod;
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
            @RequestParam Map<String, String> params, Model model) {
        if (!user.can(Permission.VIEW_CHILD_RECORDS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN); // board members: figures only
        }
        int y = library.returnYear(year);
        String t = team(team);
        if (LocalMeasureCatalogue.isLocal(key)) {
            return recordDrillDown(user, key, y, t, params, model);
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

    /** A figure from the record: the same checks and audit as a figure of the return; each list a page of the kit. */
    private String recordDrillDown(PromiseUser user, String key, int y, @Nullable String t,
            Map<String, String> params, Model model) {
        var period = record.yearSoFar(y);
        var drill = recordDrill(user, key, period, t);
        var keep = new LinkedHashMap<String, Object>();
        keep.put("year", y);
        keep.put("team", t == null ? "" : t);
        var pages = drill.pages("/dashboard/" + key, params, keep);
        var shown = pages.stream().flatMap(l -> l.page().items().stream()).toList();
        int listed = drill.lists().stream().mapToInt(l -> l.children().size()).sum();
        audit.recordShown(AuditLog.Action.VIEW_REPORT, shown, "dashboard drill-down "
                + MeasureFormat.label(drill.measure()) + " " + period.from() + " to " + period.to()
                + (t == null ? "" : " team " + t) + ": " + shown.size() + " of " + listed + " entries shown");
        model.addAttribute("drill", drill);
        model.addAttribute("pages", pages);
        model.addAttribute("csv", "/dashboard/" + key + ".csv");
        words(model, drill.measure());
        model.addAttribute("period", period);
        model.addAttribute("year", y);
        model.addAttribute("team", t == null ? "" : t);
        model.addAttribute("teamName", t == null ? "All teams" : users.teamName(t));
        return "reports/dashboard/record-drill-down";
    }

    /**
     * One list behind a figure from the record as CSV ({@code list=not-met}, {@code outstanding}, {@code numerator}
     * or {@code denominator}; the first by default): child IDs only, whole and in the order the page showed them,
     * only the children the user may see. Audited as an export of them.
     */
    @GetMapping("/dashboard/{key}.csv")
    @Transactional
    ResponseEntity<byte[]> drillDownCsv(@AuthenticationPrincipal PromiseUser user, @PathVariable String key,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String team,
            @RequestParam Map<String, String> params) {
        if (!user.can(Permission.VIEW_CHILD_RECORDS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN); // board members: figures only
        }
        if (!LocalMeasureCatalogue.isLocal(key)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No list of the record for " + key);
        }
        int y = library.returnYear(year);
        String t = team(team);
        var period = record.yearSoFar(y);
        var drill = recordDrill(user, key, period, t);
        var list = (params.containsKey("list") ? drill.list(params.get("list")) : drill.lists().stream().findFirst())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such list"));
        var rows = ChildLists.idRows(list.children(), params.get("sort"), params.get("order"));
        audit.recordShown(AuditLog.Action.EXPORT, rows.stream().map(r -> r.get(0)).toList(), "dashboard drill-down "
                + MeasureFormat.label(drill.measure()) + " " + period.from() + " to " + period.to()
                + (t == null ? "" : " team " + t) + " CSV (" + list.id() + "): " + rows.size() + " entries");
        return CsvTable.download("dashboard-" + key + "-" + y + (t == null ? "" : "-" + t) + "-" + list.id(),
                List.of("Child ID"), rows);
    }

    /** The lists behind a figure from the record, limited to the children the user may see; unknown: not found. */
    private RecordDrillDown recordDrill(PromiseUser user, String key, MeasurePeriod period, @Nullable String t) {
        var catalogue = record.catalogue();
        if (catalogue.find(key).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure " + key);
        }
        return RecordDrillDown.of(catalogue, key, record.forPeriod(period, t), access.visibleChildren(user),
                users::teamName);
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
