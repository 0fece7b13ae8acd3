package org.ourpromise.dataquality;

import java.util.Comparator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.Sorting;
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

    @GetMapping("/data-quality/{rule}")
    @Transactional
    String rule(@AuthenticationPrincipal PromiseUser user, @PathVariable String rule, Model model) {
        var summary = dataQuality.today();
        var found = summary.rules().stream().filter(r -> r.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        var visible = access.visibleChildren(user);
        var children = found.children().stream().filter(c -> visible.map(v -> v.contains(c)).orElse(true)).toList();
        audit.recordShown(AuditLog.Action.VIEW_REPORT, children, "data quality drill-down for rule " + rule + ": "
                + children.size() + " children listed");
        model.addAttribute("summary", summary);
        model.addAttribute("rule", found);
        model.addAttribute("children", children);
        return "dataquality/rule";
    }
}
