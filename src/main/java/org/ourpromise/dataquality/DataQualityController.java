package org.ourpromise.dataquality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
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

/** The performance team's view of the return's data quality: counts per rule, then the children. */
@Controller
class DataQualityController {

    private final DataQuality dataQuality;
    private final ChildAccess access;
    private final AuditLog audit;

    DataQualityController(DataQuality dataQuality, ChildAccess access, AuditLog audit) {
        this.dataQuality = dataQuality;
        this.access = access;
        this.audit = audit;
    }

    /** Most failures first (the summary's own order), or by rule or by children affected. */
    static final Sorting<DataQualitySummary.RuleCount> COLUMNS = Sorting
            .byDescending("failures", Comparator.comparingLong(DataQualitySummary.RuleCount::failures))
            .and("rule", Comparator.comparing(DataQualitySummary.RuleCount::rule))
            .andDescending("children", Comparator.comparingInt((DataQualitySummary.RuleCount r) -> r.children().size()));

    @GetMapping("/data-quality")
    String summary(@RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order, @RequestParam(required = false) @Nullable String page,
            Model model) {
        var summary = dataQuality.today();
        model.addAttribute("summary", summary);
        model.addAttribute("list", COLUMNS.page(summary.rules(), sort, order, page, "/data-quality", Map.of()));
        return "dataquality/summary";
    }

    /**
     * The failures by rule as CSV, whole and in the page's order, with the page's columns; it names no child (only
     * how many), but it is audited as an export all the same.
     */
    @GetMapping("/data-quality.csv")
    @Transactional
    ResponseEntity<byte[]> rulesCsv(@RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order) {
        var summary = dataQuality.today();
        var rules = COLUMNS.sorted(summary.rules(), sort, order);
        var rows = new ArrayList<List<String>>();
        rules.forEach(r -> rows.add(List.of(r.rule(), r.message(), r.whatToDo(), String.valueOf(r.failures()),
                String.valueOf(r.children().size()))));
        audit.recordShown(AuditLog.Action.EXPORT, List.of(), "downloaded the data quality failures by rule as CSV for"
                + " the " + summary.yearLabel() + " return: " + rules.size() + " rules with failures");
        return CsvTable.download("data-quality-" + summary.asAt(),
                List.of("Rule", "What DfE checks", "What to do", "Failures", "Children"), rows);
    }

    /** A rule's children: by child ID, A to Z unless asked otherwise. */
    static final Sorting<String> CHILD_COLUMNS = Sorting.by("child", Comparator.<String>naturalOrder());

    @GetMapping("/data-quality/{rule}")
    @Transactional
    String rule(@AuthenticationPrincipal PromiseUser user, @PathVariable String rule,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order, @RequestParam(required = false) @Nullable String page,
            Model model) {
        var summary = dataQuality.today();
        var found = found(summary, rule);
        var children = visible(user, found);
        var list = CHILD_COLUMNS.page(children, sort, order, page, "/data-quality/" + rule, Map.of());
        audit.recordShown(AuditLog.Action.VIEW_REPORT, list.items(), "data quality drill-down for rule " + rule + ": "
                + list.items().size() + " of " + children.size() + " children listed");
        model.addAttribute("summary", summary);
        model.addAttribute("rule", found);
        model.addAttribute("children", children);
        model.addAttribute("list", list);
        return "dataquality/rule";
    }

    /** The rule's children as CSV, whole and in the page's order: those the user may see, audited as an export. */
    @GetMapping("/data-quality/{rule}.csv")
    @Transactional
    ResponseEntity<byte[]> ruleCsv(@AuthenticationPrincipal PromiseUser user, @PathVariable String rule,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order) {
        var found = found(dataQuality.today(), rule);
        var children = CHILD_COLUMNS.sorted(visible(user, found), sort, order);
        var fix = found.fix();
        var rows = new ArrayList<List<String>>();
        children.forEach(c -> rows.add(List.of(c, fix != null ? fix.title() : "Check the child's details")));
        audit.recordShown(AuditLog.Action.EXPORT, children, "data quality drill-down CSV for rule " + rule + ": "
                + children.size() + " children");
        return CsvTable.download("data-quality-rule-" + rule.replaceAll("[^A-Za-z0-9]", ""),
                List.of("Child ID", "Put it right"), rows);
    }

    private static DataQualitySummary.RuleCount found(DataQualitySummary summary, String rule) {
        return summary.rules().stream().filter(r -> r.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<String> visible(PromiseUser user, DataQualitySummary.RuleCount rule) {
        var visible = access.visibleChildren(user);
        return rule.children().stream().filter(c -> visible.map(v -> v.contains(c)).orElse(true)).toList();
    }
}
