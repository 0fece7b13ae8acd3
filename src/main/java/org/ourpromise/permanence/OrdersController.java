package org.ourpromise.permanence;


import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * A child's special guardianship or child arrangements order: the assessment and statutory support plan, the
 * order, the allowance, and the support after the order (requests and reviews), which goes on after the child has
 * left care. Every view and change is audited against the child.
 */
@Controller
class OrdersController {

    private static final String CHILD_ID = "[A-Za-z0-9-]{1,40}";

    private final PermanenceOrders orders;
    private final PermanenceTracker tracker;
    private final ChildRegister children;
    private final ChildAccess access;
    private final AuditLog audit;

    OrdersController(PermanenceOrders orders, PermanenceTracker tracker, ChildRegister children, ChildAccess access,
            AuditLog audit) {
        this.orders = orders;
        this.tracker = tracker;
        this.children = children;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/permanence/children/{childId}/orders")
    @Transactional
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = visible(user, childId);
        var order = orders.order(childId).orElse(null);
        return page(model, child, order == null ? new HashMap<>() : OrderForm.values(order), new HashMap<>(), Map.of());
    }

    @PostMapping("/permanence/children/{childId}/orders")
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = visible(user, childId);
        var existing = orders.order(childId).orElse(null);
        var read = OrderForm.read(params, childId, existing, child.identity().dateOfBirth(), tracker.today());
        if (read.order() == null) {
            return page(model, child, params, new HashMap<>(), read.errors());
        }
        var o = read.order();
        if (existing == null) {
            orders.add(o, user.username());
        } else if (!orders.update(o, user.username())) {
            return stale(model, child, params, orders.order(childId).orElseThrow(), o);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, childId, (existing == null ? "recorded " : "changed ")
                + o.kind().words().toLowerCase(java.util.Locale.ROOT) + (o.madeOn() == null ? "" : " made " + o.madeOn())
                + (o.allowanceWeekly() == null ? "" : ", allowance £" + o.allowanceWeekly().toPlainString() + " a week"));
        SuccessBanner.flash(redirect, o.kind().words() + " saved");
        return "redirect:/permanence/children/" + childId + "/orders";
    }

    @PostMapping("/permanence/children/{childId}/orders/support")
    @Transactional
    String support(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = visible(user, childId);
        var order = orders.order(childId).orElse(null);
        if (order == null) {
            return page(model, child, new HashMap<>(), params, Map.of("kind",
                    "Support after the order is recorded once the order is: record the order first"));
        }
        var read = OrderForm.readSupport(params, order, tracker.today());
        if (read.support() == null) {
            return page(model, child, OrderForm.values(order), params, read.errors());
        }
        var s = read.support();
        orders.addSupport(s, user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "post-order support: " + s.kind().words().toLowerCase(
                java.util.Locale.ROOT) + " on " + s.on());
        SuccessBanner.flash(redirect, s.kind().words() + " recorded");
        return "redirect:/permanence/children/" + childId + "/orders";
    }

    /** Someone else saved the order first: nothing is saved; what is saved now beside the user's entries. */
    private String stale(Model model, ChildRegister.RegisteredChild child, Map<String, String> params,
            PermanenceOrder now, PermanenceOrder yours) {
        var values = new HashMap<String, String>(params);
        values.put("version", String.valueOf(now.version()));
        var errors = new LinkedHashMap<String, String>();
        new StaleEdit(now.version()).compare("Order", now.kind().words(), yours.kind().words())
                .compare("Carers", now.carers(), yours.carers())
                .compare("Date the order was made", PermanenceController.day(now.madeOn()),
                        PermanenceController.day(yours.madeOn()))
                .compare("Weekly allowance", pounds(now), pounds(yours))
                .compare("Support plan", now.supportPlan(), yours.supportPlan())
                .show(model, errors, "kind");
        return page(model, child, values, new HashMap<>(), errors);
    }

    private static String pounds(PermanenceOrder o) {
        return o.allowanceWeekly() == null ? "" : "£" + o.allowanceWeekly().toPlainString();
    }

    private ChildRegister.RegisteredChild visible(PromiseUser user, String childId) {
        if (!childId.matches(CHILD_ID)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child " + childId);
        }
        if (!access.canView(user, childId)) {
            throw new AccessDeniedException("child " + childId + " is outside " + user.username() + "'s scope");
        }
        return children.find(childId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No child " + childId));
    }

    private String page(Model model, ChildRegister.RegisteredChild child, Map<String, String> values,
            Map<String, String> supportValues, Map<String, String> errors) {
        String id = child.childId();
        audit.record(AuditLog.Action.VIEW_RECORD, id, "viewed special guardianship or child arrangements order");
        var order = orders.order(id).orElse(null);
        var merged = new HashMap<String, String>(values);
        merged.putAll(supportValues);
        model.addAttribute("child", child);
        model.addAttribute("order", order);
        model.addAttribute("support", order == null ? List.of() : orders.support(order.id()));
        model.addAttribute("allowancePaid", order != null && order.allowancePaidOn(tracker.today()));
        model.addAttribute("values", merged);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", choices(PermanenceOrder.Kind.values()));
        model.addAttribute("supportKinds", choices(PostOrderSupport.Kind.values()));
        model.addAttribute("noHints", Map.of());
        return "permanence/orders";
    }

    private static Map<String, String> choices(Enum<?>[] values) {
        var m = new LinkedHashMap<String, String>();
        for (var v : values) {
            m.put(v.name(), v instanceof PermanenceOrder.Kind k ? k.words() : ((PostOrderSupport.Kind) v).words());
        }
        return m;
    }

}
