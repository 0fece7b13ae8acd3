package org.ourpromise.education;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.children.ChildRegister;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting a Pupil Premium Plus payment: changing it (checked as when it was recorded, against what is left of the
 * allocation without it) or withdrawing it with a reason, so it counts in nothing. Both at the version the page
 * showed: a save from a page opened before someone else's changes nothing. Every view and change is audited with the
 * child.
 */
@Controller
class PupilPremiumChangeController {

    static final String PATH = PupilPremiumController.PATH + "/children/{childId}/payments/{id}";

    static final int REASON_MAX = 500;

    private final PupilPremiumLedger ledger;
    private final EducationAccess access;

    PupilPremiumChangeController(PupilPremiumLedger ledger, EducationAccess access) {
        this.ledger = ledger;
        this.access = access;
    }

    @GetMapping(PATH)
    @Transactional
    String change(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String id,
            Model model) {
        var child = access.open(user, childId, "opened a Pupil Premium Plus payment to change it");
        var payment = payment(childId, id);
        return changePage(model, child, payment, PupilPremiumForm.values(payment), Map.of());
    }

    @PostMapping(PATH)
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = access.open(user, childId, "opened a Pupil Premium Plus payment to change it");
        var before = payment(childId, id);
        if (before.withdrawn()) {
            return changePage(model, child, before, params, Map.of());
        }
        var born = child.identity().dateOfBirth();
        var view = ledger.child(childId, born);
        var read = PupilPremiumForm.read(params, before, childId, name(child), view, ledger.today(),
                paidOn -> ledger.allocationWithout(childId, born, paidOn, before.id()));
        if (read.payment() == null) {
            return changePage(model, child, before, params, read.errors());
        }
        var after = read.payment();
        int version = new FormInput(params).version();
        if (!ledger.change(after, version)) {
            return stale(model, child, after, params);
        }
        access.changed(childId, "Pupil Premium Plus payment " + before.id() + " changed: " + words(before) + " is now "
                + words(after));
        SuccessBanner.flash(redirect, "The payment of " + PupilPremiumStatement.pounds(after.amount()) + " to "
                + PupilPremiumForm.schoolChoices(view, before).get(after.urn()) + " is changed");
        return "redirect:" + PupilPremiumController.PATH + "/children/" + childId;
    }

    @GetMapping(PATH + "/withdraw")
    @Transactional
    String confirm(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String id,
            Model model) {
        var child = access.open(user, childId, "opened a Pupil Premium Plus payment to withdraw it");
        var payment = payment(childId, id);
        return withdrawPage(model, child, payment, Map.of("version", String.valueOf(payment.version())), Map.of());
    }

    @PostMapping(PATH + "/withdraw")
    @Transactional
    String withdraw(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = access.open(user, childId, "opened a Pupil Premium Plus payment to withdraw it");
        var payment = payment(childId, id);
        var in = new FormInput(params);
        String reason = in.text("reason", "why the payment is withdrawn", REASON_MAX, true);
        if (payment.withdrawn()) {
            return withdrawPage(model, child, payment, params, Map.of());
        }
        if (reason == null) {
            return withdrawPage(model, child, payment, params, in.errors());
        }
        if (!ledger.withdraw(payment, in.version(), user.username(), reason)) {
            var now = payment(childId, id);
            if (now.withdrawn()) {
                return withdrawPage(model, child, now, params, Map.of());
            }
            var errors = new LinkedHashMap<String, String>();
            new StaleEdit(now.version()).compare("Amount", PupilPremiumStatement.pounds(now.amount()),
                    PupilPremiumStatement.pounds(payment.amount())).show(model, errors, "reason");
            var values = new java.util.HashMap<>(params);
            values.put("version", String.valueOf(now.version()));
            return withdrawPage(model, child, now, values, errors);
        }
        access.changed(childId, "Pupil Premium Plus payment " + payment.id() + " withdrawn: " + words(payment)
                + "; reason: " + reason);
        SuccessBanner.flash(redirect, "The payment of " + PupilPremiumStatement.pounds(payment.amount()) + " on "
                + payment.paidOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                        java.util.Locale.UK)) + " is withdrawn: it no longer counts as paid");
        return "redirect:" + PupilPremiumController.PATH + "/children/" + childId;
    }

    private String stale(Model model, ChildRegister.RegisteredChild child, PupilPremiumPayment yours,
            Map<String, String> params) {
        var now = payment(child.childId(), String.valueOf(yours.id()));
        if (now.withdrawn()) {
            return changePage(model, child, now, params, Map.of());
        }
        var errors = new LinkedHashMap<String, String>();
        new StaleEdit(now.version())
                .compare("Amount", PupilPremiumStatement.pounds(now.amount()), PupilPremiumStatement.pounds(yours.amount()))
                .compare("Date paid", now.paidOn().toString(), yours.paidOn().toString())
                .compare("School", now.urn(), yours.urn())
                .compare("PEP", now.pepDate().toString(), yours.pepDate().toString())
                .compare("What it is for", now.purpose(), yours.purpose())
                .show(model, errors, "urn");
        var values = new java.util.HashMap<>(params);
        values.put("version", String.valueOf(now.version()));
        return changePage(model, child, now, values, errors);
    }

    private String changePage(Model model, ChildRegister.RegisteredChild child, PupilPremiumPayment payment,
            Map<String, String> values, Map<String, String> errors) {
        var view = ledger.child(child.childId(), child.identity().dateOfBirth());
        model.addAttribute("child", child);
        model.addAttribute("payment", payment);
        model.addAttribute("view", view);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("schoolChoices", PupilPremiumForm.schoolChoices(view, payment));
        model.addAttribute("pepChoices", PupilPremiumForm.pepChoices(view, payment));
        model.addAttribute("noHints", Map.of());
        model.addAttribute("purposeMax", PupilPremiumForm.PURPOSE_MAX);
        return "education/pupil-premium-change";
    }

    private String withdrawPage(Model model, ChildRegister.RegisteredChild child, PupilPremiumPayment payment,
            Map<String, String> values, Map<String, String> errors) {
        var view = ledger.child(child.childId(), child.identity().dateOfBirth());
        var year = view.years().stream().filter(a -> a.year().equals(payment.financialYear())).findFirst();
        model.addAttribute("child", child);
        model.addAttribute("payment", payment);
        model.addAttribute("school", view.schools().containsKey(payment.urn())
                ? view.schools().get(payment.urn()).name() : "School " + payment.urn());
        model.addAttribute("allocation", year.orElse(null));
        model.addAttribute("leftAfter", year.map(a -> a.allocation().subtract(a.paid().subtract(payment.amount()))
                .max(java.math.BigDecimal.ZERO)).orElse(null));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("reasonMax", REASON_MAX);
        return "education/pupil-premium-withdraw";
    }

    private PupilPremiumPayment payment(String childId, String id) {
        return (id.matches("\\d{1,12}") ? ledger.payment(childId, Long.parseLong(id))
                : java.util.Optional.<PupilPremiumPayment>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No payment " + id));
    }

    private static String name(ChildRegister.RegisteredChild child) {
        return child.identity().givenName() + " " + child.identity().familyName();
    }

    private static String words(PupilPremiumPayment p) {
        return p.amount().toPlainString() + " to school " + p.urn() + " on " + p.paidOn() + " against the PEP of "
                + p.pepDate();
    }
}
