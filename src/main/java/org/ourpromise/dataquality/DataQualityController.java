package org.ourpromise.dataquality;

import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    @GetMapping("/data-quality")
    String summary(Model model) {
        model.addAttribute("summary", dataQuality.today());
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
