package org.ourpromise.entitlements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.springframework.http.HttpStatus;
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
 * The council's local offer for children in care and care leavers: publishing it (consulted on, with the date it is
 * to be reviewed by) and keeping its list of entitlements (added, changed, withdrawn). Changes are audited; a
 * change from a stale page is refused and shows what is saved now.
 */
@Controller
class LocalOfferController {

    private final EntitlementStore store;
    private final AuditLog audit;
    private final Clock clock;

    LocalOfferController(EntitlementStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/entitlements/offer")
    String offer(Model model) {
        return offerPage(model, new HashMap<>(), Map.of());
    }

    @PostMapping("/entitlements/offer")
    @Transactional
    String publish(@AuthenticationPrincipal org.ourpromise.access.PromiseUser user,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var read = EntitlementForm.readOffer(params, LocalDate.now(clock));
        if (read.offer() == null) {
            return offerPage(model, params, read.errors());
        }
        store.publish(read.offer(), user.username());
        audit.record(AuditLog.Action.EDIT_REPORT, null, "local offer published " + read.offer().publishedOn()
                + ", to be reviewed by " + read.offer().reviewBy());
        SuccessBanner.flash(redirect, "The local offer of " + read.offer().publishedOn() + " is published");
        return "redirect:/entitlements/offer";
    }

    @GetMapping("/entitlements/offer/entitlements/{id}")
    String entitlement(@PathVariable String id, Model model) {
        if ("new".equals(id)) {
            return entitlementPage(model, null, new HashMap<>(Map.of("active", "yes")), Map.of());
        }
        var e = find(id);
        return entitlementPage(model, e, EntitlementForm.values(e), Map.of());
    }

    @PostMapping("/entitlements/offer/entitlements/{id}")
    @Transactional
    String save(@AuthenticationPrincipal org.ourpromise.access.PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var existing = "new".equals(id) ? null : find(id);
        var read = EntitlementForm.read(params, existing);
        if (read.entitlement() == null) {
            return entitlementPage(model, existing, params, read.errors());
        }
        var e = read.entitlement();
        if (existing == null) {
            store.addEntitlement(e);
        } else if (!store.updateEntitlement(e)) {
            var now = find(id);
            var values = new HashMap<String, String>(params);
            values.put("version", String.valueOf(now.version()));
            var errors = new LinkedHashMap<String, String>();
            new StaleEdit(now.version()).compare("Name", now.name(), e.name())
                    .compare("Who may claim", now.eligibilityWords(), e.eligibilityWords())
                    .compare("Limit", now.limitWords(), e.limitWords())
                    .compare("Offered", now.active() ? "Yes" : "No, withdrawn", e.active() ? "Yes" : "No, withdrawn")
                    .show(model, errors, "name");
            return entitlementPage(model, now, values, errors);
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, (existing == null ? "entitlement added: " : "entitlement "
                + existing.id() + " changed: ") + e.name() + ", " + e.eligibilityWords() + ", " + e.limitWords()
                + (e.active() ? "" : " (withdrawn)"));
        SuccessBanner.flash(redirect, e.name() + " saved");
        return "redirect:/entitlements/offer";
    }

    private Entitlement find(String id) {
        return (id.matches("\\d{1,12}") ? store.entitlement(Long.parseLong(id)) : java.util.Optional.<Entitlement>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No entitlement " + id));
    }

    private String offerPage(Model model, Map<String, String> values, Map<String, String> errors) {
        var today = LocalDate.now(clock);
        var offer = store.localOffer().orElse(null);
        model.addAttribute("offer", offer);
        model.addAttribute("reviewOverdue", offer != null && offer.reviewBy() != null && offer.reviewBy().isBefore(today));
        model.addAttribute("history", store.offers());
        model.addAttribute("entitlements", store.entitlements());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "entitlements/offer";
    }

    private String entitlementPage(Model model, @org.jspecify.annotations.Nullable Entitlement e,
            Map<String, String> values, Map<String, String> errors) {
        var forWhom = new LinkedHashMap<String, String>();
        for (var f : Entitlement.ForWhom.values()) {
            forWhom.put(f.name(), f.words());
        }
        var periods = new LinkedHashMap<String, String>();
        periods.put(Entitlement.Period.YEARLY.name(), "Each year (April to March)");
        periods.put(Entitlement.Period.ONE_OFF.name(), "Once");
        var units = new LinkedHashMap<String, String>();
        units.put(Entitlement.Unit.POUNDS.name(), "Pounds");
        units.put(Entitlement.Unit.UNITS.name(), "Units (for example, one laptop, one card)");
        var active = new LinkedHashMap<String, String>();
        active.put("yes", "Yes");
        active.put("no", "No, withdrawn (claims already made are kept)");
        model.addAttribute("entitlement", e);
        model.addAttribute("forWhom", forWhom);
        model.addAttribute("periods", periods);
        model.addAttribute("units", units);
        model.addAttribute("activeChoices", active);
        model.addAttribute("noHints", Map.of());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "entitlements/entitlement";
    }
}
