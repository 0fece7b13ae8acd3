package org.ourpromise.ourpromise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.casefile.StaleEdit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
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
 * The council keeps Our Promise: the commitments' wording and the principles each serves, partners and teams signing
 * up with their pledges, and reminders to those whose evidence for the year is outstanding (emailed when the partner
 * has an account with an address and mail is configured; kept either way, so the status list says who was reminded).
 */
@Controller
class PromiseAdminController {

    static final List<String> KINDS = List.of("Council service", "Council team", "Partner");

    private final PromiseChanges changes;
    private final PromiseBook book;
    private final UserAccounts users;
    private final ObjectProvider<JavaMailSender> mail;
    private final AuditLog audit;
    private final Clock clock;

    PromiseAdminController(PromiseChanges changes, PromiseBook book, UserAccounts users,
            ObjectProvider<JavaMailSender> mail, AuditLog audit, Clock clock) {
        this.changes = changes;
        this.book = book;
        this.users = users;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/our-promise/commitments/{id}")
    String commitmentForm(@PathVariable String id, Model model) {
        var c = commitment(id);
        var values = new LinkedHashMap<String, String>();
        values.put("title", c.title());
        values.put("meaning", c.meaning());
        c.principles().forEach(p -> values.put("principle-" + p, "yes"));
        return commitmentForm(model, c, values, Map.of(), changes.commitmentVersion(c.id()).orElseThrow());
    }

    @PostMapping("/our-promise/commitments/{id}")
    @Transactional
    String saveCommitment(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        var c = commitment(id);
        var in = new FormInput(params);
        String title = in.text("title", "commitment", 200, true);
        String meaning = in.text("meaning", "what it means", 1000, true);
        var letters = new ArrayList<String>();
        Commitment.PRINCIPLES.keySet().stream().sorted().filter(p -> in.yes("principle-" + p)).forEach(letters::add);
        if (letters.isEmpty()) {
            in.error("principle-a", "Choose at least one corporate parenting principle the commitment serves");
        }
        if (in.hasErrors()) {
            return commitmentForm(model, c, new LinkedHashMap<>(params), in.errors(), in.version());
        }
        if (!changes.updateCommitment(c.id(), in.version(), title, meaning, String.join(",", letters))) {
            var now = commitment(id);
            var errors = new LinkedHashMap<String, String>();
            new StaleEdit(changes.commitmentVersion(c.id()).orElseThrow()).compare("Commitment", now.title(), title)
                    .compare("What it means", now.meaning(), meaning)
                    .compare("Principles", String.join(", ", now.principles()), String.join(", ", letters))
                    .show(model, errors, "title");
            return commitmentForm(model, now, new LinkedHashMap<>(params), errors,
                    changes.commitmentVersion(c.id()).orElseThrow());
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "Our Promise commitment " + c.id() + " changed");
        SuccessBanner.flash(redirect, "Commitment saved: " + title);
        return "redirect:/our-promise";
    }

    @GetMapping("/our-promise/pledges/new")
    String pledgeForm(Model model) {
        return pledgeForm(model, new LinkedHashMap<>(), Map.of());
    }

    /** A pledge from a partner already signed up, or one signing up now (its name, kind and account, if any). */
    @PostMapping("/our-promise/pledges/new")
    @Transactional
    String addPledge(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var in = new FormInput(params);
        var partners = changes.partnerNames();
        String chosen = in.raw("partner");
        Long partnerId = null;
        String newName = null;
        String kind = null;
        String account = null;
        if (chosen.equals("new")) {
            newName = in.text("name", "name of the partner or team", 160, true);
            kind = KINDS.contains(in.raw("kind")) ? in.raw("kind") : null;
            if (kind == null) {
                in.error("kind", "Choose whether it is a council service, a council team or a partner");
            }
            account = in.raw("account").isEmpty() ? null : in.raw("account");
            if (account != null && (!users.exists(account)
                    || users.loadUserByUsername(account).role() != Role.PARTNER)) {
                in.error("account", "Enter the username of an Our Promise partner's account, or leave it blank");
            }
        } else {
            partnerId = partners.keySet().stream().filter(p -> String.valueOf(p).equals(chosen)).findFirst().orElse(null);
            if (partnerId == null) {
                in.error("partner", "Choose the partner or team making the pledge");
            }
        }
        var commitment = book.commitments().stream().filter(c -> String.valueOf(c.id()).equals(in.raw("commitment")))
                .findFirst();
        if (commitment.isEmpty()) {
            in.error("commitment", "Choose the commitment the pledge is made under");
        }
        String text = in.text("text", "pledge", 1000, true);
        if (in.hasErrors()) {
            return pledgeForm(model, new LinkedHashMap<>(params), in.errors());
        }
        long partner = partnerId != null ? partnerId : book.addPartner(newName, kind, account);
        long pledge = book.addPledge(partner, commitment.get().id(), text);
        audit.record(AuditLog.Action.EDIT_REPORT, null, "Our Promise pledge " + pledge + " made by partner " + partner);
        SuccessBanner.flash(redirect, "Pledge added under " + commitment.get().title());
        return "redirect:/our-promise";
    }

    /** Reminds every partner whose evidence for the year is not all in. */
    @PostMapping("/our-promise/reminders")
    @Transactional
    String remind(@AuthenticationPrincipal PromiseUser user, RedirectAttributes redirect) {
        var today = LocalDate.now(clock);
        int year = EvidenceController.reportYear(today);
        var outstanding = book.pledges(year, null).stream().filter(p -> p.evidence() == null)
                .map(Pledge::partnerId).distinct().toList();
        var accounts = changes.partnerAccounts();
        var emails = users.emailAddresses();
        var sender = mail.getIfAvailable();
        int emailed = 0;
        for (long partner : outstanding) {
            String account = accounts.get(partner);
            String to = account == null ? null : emails.get(account);
            boolean sent = false;
            if (sender != null && to != null) {
                var message = new SimpleMailMessage();
                message.setTo(to);
                message.setSubject("Our Promise: your evidence for " + EvidenceController.label(year));
                message.setText("Please send your evidence against your Our Promise pledges for "
                        + EvidenceController.label(year) + ". It was due on " + OurPromiseController.dueText(year)
                        + ". Sign in to Promise and open Our Promise to send it.");
                sender.send(message);
                sent = true;
                emailed++;
            }
            changes.remind(partner, year, today, user.username(), sent);
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "Our Promise reminders: " + outstanding.size() + " partners, "
                + emailed + " by email");
        SuccessBanner.flash(redirect, outstanding.isEmpty() ? "Every partner has sent its evidence"
                : "Reminder recorded for " + outstanding.size() + (outstanding.size() == 1 ? " partner" : " partners")
                        + ", " + emailed + " sent by email");
        return "redirect:/our-promise";
    }

    private String commitmentForm(Model model, Commitment c, Map<String, String> values, Map<String, String> errors,
            int version) {
        model.addAttribute("commitment", c);
        model.addAttribute("principles", new java.util.TreeMap<>(Commitment.PRINCIPLES));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        return "ourpromise/commitment";
    }

    private String pledgeForm(Model model, Map<String, String> values, Map<String, String> errors) {
        var commitments = new LinkedHashMap<String, String>();
        book.commitments().forEach(c -> commitments.put(String.valueOf(c.id()), c.title()));
        var partners = new LinkedHashMap<String, String>();
        changes.partnerNames().forEach((id, name) -> partners.put(String.valueOf(id), name));
        model.addAttribute("partners", partners);
        model.addAttribute("commitments", commitments);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("noHints", Map.of());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "ourpromise/pledge";
    }

    private Commitment commitment(String id) {
        return book.commitments().stream().filter(c -> String.valueOf(c.id()).equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No commitment " + id));
    }
}
