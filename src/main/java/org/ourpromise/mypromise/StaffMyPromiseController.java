package org.ourpromise.mypromise;

import java.util.Map;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.casefile.CurrentFacts;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.staff.StaffDirectory;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side of My Promise: from a child's record, invite them (a one-time code) and see what they sent; answer
 * a young person's message; read their views before a review. Only workers who may see the child reach these.
 */
@Controller
class StaffMyPromiseController {

    /** My Promise is offered to children in care from this age, and to care leavers. */
    static final int FROM_AGE = 11;

    private final CareRecords records;
    private final ChildAccess access;
    private final AuditLog audit;
    private final Invitations invitations;
    private final Conversations conversations;
    private final UserAccounts users;
    private final StaffDirectory staff;
    private final java.time.Clock clock;

    StaffMyPromiseController(CareRecords records, ChildAccess access, AuditLog audit, Invitations invitations,
            Conversations conversations, UserAccounts users, StaffDirectory staff, java.time.Clock clock) {
        this.clock = clock;
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.invitations = invitations;
        this.conversations = conversations;
        this.users = users;
        this.staff = staff;
    }

    @GetMapping("/children/{childId}/my-promise")
    @Transactional
    String child(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = visible(user, childId);
        audit.record(AuditLog.Action.VIEW_RECORD, childId, "opened the child's My Promise page");
        return page(child, model, null, null);
    }

    @PostMapping("/children/{childId}/my-promise")
    @Transactional
    String invite(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = visible(user, childId);
        var facts = CurrentFacts.of(child, java.time.LocalDate.now(clock));
        if (!offered(facts)) {
            audit.record(AuditLog.Action.VIEW_RECORD, childId, "opened the child's My Promise page (not offered)");
            return page(child, model, null, "My Promise is for children in care aged " + FROM_AGE
                    + " and over, and care leavers");
        }
        return page(child, model, invitations.invite(childId), null);
    }

    static boolean offered(CurrentFacts facts) {
        return "Care leaver".equals(facts.status()) || "In care".equals(facts.status()) && facts.age() >= FROM_AGE;
    }

    private String page(ChildRecord child, Model model, Invitations.Made made, String problem) {
        model.addAttribute("child", child);
        model.addAttribute("account", users.youngPersonOf(child.childId()).orElse(null));
        model.addAttribute("invitations", invitations.sent(child.childId()));
        model.addAttribute("made", made);
        model.addAttribute("life", invitations.life().toDays());
        model.addAttribute("errors", problem == null ? Map.of() : Map.of("invite", problem));
        model.addAttribute("views", conversations.views(child.childId()));
        model.addAttribute("messages", conversations.messages(child.childId()));
        model.addAttribute("names", staff.names());
        return "mypromise/staff-child";
    }

    @GetMapping("/my-promise/messages/{id}")
    @Transactional
    String message(@AuthenticationPrincipal PromiseUser user, @PathVariable long id, Model model) {
        var m = conversations.message(id).orElseThrow(MyPromiseNotFound::new);
        var child = visible(user, m.childId());
        audit.record(AuditLog.Action.VIEW_RECORD, m.childId(), "opened a message from the young person's My Promise");
        return message(child, m, model, Map.of("version", String.valueOf(m.version())), Map.of(), null);
    }

    @PostMapping("/my-promise/messages/{id}")
    String answer(@AuthenticationPrincipal PromiseUser user, @PathVariable long id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var m = conversations.message(id).orElseThrow(MyPromiseNotFound::new);
        var child = visible(user, m.childId());
        var in = new FormInput(params);
        String answer = in.text("answer", "answer", Message.LONGEST, true);
        if (in.hasErrors() || answer == null) {
            return message(child, m, model, in.values(), in.errors(), null);
        }
        if (!conversations.answer(m, answer, user.username(), in.version())) {
            var now = conversations.message(id).orElseThrow(MyPromiseNotFound::new);
            var stale = new StaleEdit(now.version());
            stale.compare("Answer", now.answer(), answer);
            return message(child, now, model, in.values(), Map.of("answer", StaleEdit.MESSAGE), stale);
        }
        SuccessBanner.flash(flash, "Your answer has been sent. The young person will see it on their page.");
        return "redirect:/my-promise/messages/" + id;
    }

    private String message(ChildRecord child, Message m, Model model, Map<String, String> values,
            Map<String, String> errors, StaleEdit stale) {
        model.addAttribute("child", child);
        model.addAttribute("message", m);
        model.addAttribute("to", staff.find(m.toWorkerId()).map(s -> s.name()).orElse("their " + m.toRole().words()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        return "mypromise/staff-message";
    }

    @GetMapping("/my-promise/views/{id}")
    @Transactional
    String views(@AuthenticationPrincipal PromiseUser user, @PathVariable long id, Model model) {
        var v = conversations.viewsById(id).orElseThrow(MyPromiseNotFound::new);
        var child = visible(user, v.childId());
        audit.record(AuditLog.Action.VIEW_RECORD, v.childId(), "opened the young person's views before their review");
        model.addAttribute("child", child);
        model.addAttribute("views", v);
        model.addAttribute("errors", Map.of());
        return "mypromise/staff-views";
    }

    @PostMapping("/my-promise/views/{id}")
    String markRead(@AuthenticationPrincipal PromiseUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String version, RedirectAttributes flash) {
        var v = conversations.viewsById(id).orElseThrow(MyPromiseNotFound::new);
        visible(user, v.childId());
        int at = StaleEdit.versionOf(version);
        SuccessBanner.flash(flash, conversations.markRead(v, user.username(), at)
                ? "Marked as read. It stays on the child's My Promise page and with their review."
                : "Someone else marked these views as read first.");
        return "redirect:/my-promise/views/" + id;
    }

    private ChildRecord visible(PromiseUser user, String childId) {
        if (!access.canView(user, childId)) {
            throw new AccessDeniedException("not this user's child");
        }
        return records.load(childId).orElseThrow(MyPromiseNotFound::new);
    }

    /** Nothing there: a message, views or a child that does not exist. */
    static final class MyPromiseNotFound extends ResponseStatusException {
        private static final long serialVersionUID = 1L;

        MyPromiseNotFound() {
            super(HttpStatus.NOT_FOUND);
        }
    }
}
