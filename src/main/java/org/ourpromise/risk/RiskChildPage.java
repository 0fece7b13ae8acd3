package org.ourpromise.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * One child's risk page, shared by the forms that post to it: exploitation risk, high-risk panels, missing panel
 * reviews and youth justice. Each showing is audited against the child; a child outside the user's scope is refused.
 */
@Component
class RiskChildPage {

    private static final String CHILD_ID = "[A-Za-z0-9-]{1,40}";

    private final RiskRegister register;
    private final YouthJusticeAndPlacedHere youthJustice;
    private final ChildrenAtRisk atRisk;
    private final ChildRegister children;
    private final ChildAccess access;
    private final AuditLog audit;

    RiskChildPage(RiskRegister register, YouthJusticeAndPlacedHere youthJustice, ChildrenAtRisk atRisk,
            ChildRegister children, ChildAccess access, AuditLog audit) {
        this.register = register;
        this.youthJustice = youthJustice;
        this.atRisk = atRisk;
        this.children = children;
        this.access = access;
        this.audit = audit;
    }

    ChildRegister.RegisteredChild visible(PromiseUser user, String childId) {
        if (!childId.matches(CHILD_ID)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child " + childId);
        }
        if (!access.canView(user, childId)) {
            throw new AccessDeniedException("child " + childId + " is outside " + user.username() + "'s scope");
        }
        return children.find(childId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    String show(PromiseUser user, String childId, Model model, Map<String, String> values, Map<String, String> errors) {
        var child = visible(user, childId);
        audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed risk assessments and youth justice");
        var today = atRisk.today();
        model.addAttribute("name", child.identity().givenName() + " " + child.identity().familyName());
        model.addAttribute("childId", childId);
        model.addAttribute("assessments", new ArrayList<>(register.assessments(childId).getOrDefault(childId, List.of())));
        model.addAttribute("memberships", register.memberships(childId).getOrDefault(childId, List.of()));
        model.addAttribute("youthJustice", youthJustice.youthJustice(childId).getOrDefault(childId, List.of()));
        model.addAttribute("missingPanelDue", atRisk.missingPanelDue(childId, today));
        model.addAttribute("threshold", atRisk.threshold());
        model.addAttribute("today", today);
        model.addAttribute("kinds", inOrder(RiskController.KINDS, "CSE", "CCE"));
        var levels = new LinkedHashMap<String, String>();
        for (var l : RiskLevel.values()) {
            levels.put(l.name(), l.words());
        }
        model.addAttribute("levels", levels);
        var referrals = new LinkedHashMap<String, String>();
        referrals.put("", "Not referred");
        referrals.putAll(new java.util.TreeMap<>(RiskController.REFERRALS));
        model.addAttribute("referrals", referrals);
        model.addAttribute("panelChoices", new java.util.TreeMap<>(RiskController.PANELS));
        model.addAttribute("kindWords", RiskController.KINDS);
        model.addAttribute("panelWords", RiskController.PANELS);
        var yjKinds = new LinkedHashMap<String, String>();
        for (var k : YouthJustice.Kind.values()) {
            yjKinds.put(k.name(), k.words());
        }
        model.addAttribute("yjKinds", yjKinds);
        model.addAttribute("noHints", Map.of());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "risk/child";
    }

    private static Map<String, String> inOrder(Map<String, String> words, String... keys) {
        var m = new LinkedHashMap<String, String>();
        for (var k : keys) {
            m.put(k, words.get(k));
        }
        return m;
    }
}
