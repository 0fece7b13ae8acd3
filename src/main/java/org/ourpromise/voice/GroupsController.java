package org.ourpromise.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The participation groups: the list, and each group's members (young people who agreed to join) and sessions
 * (what was discussed). Members' names are shown to the participation officer only, and the showing is audited.
 */
@Controller
class GroupsController {

    static final int DISCUSSED_LIMIT = 2000;

    private final Groups groups;
    private final ChildRegister children;
    private final AuditLog audit;
    private final Clock clock;

    GroupsController(Groups groups, ChildRegister children, AuditLog audit, Clock clock) {
        this.groups = groups;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/voice")
    String home(Model model) {
        model.addAttribute("groups", groups.all());
        return "voice/groups";
    }

    @GetMapping("/voice/groups/{id}")
    @Transactional
    String group(@PathVariable String id, @RequestParam Map<String, String> params, Model model) {
        return page(find(id), model, params, new HashMap<>(), new HashMap<>());
    }

    @PostMapping("/voice/groups/{id}/members")
    @Transactional
    String addMember(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var group = find(id);
        var in = new FormInput(params);
        String child = in.raw("child");
        if (child.isEmpty()) {
            in.error("child", "Enter the young person's child ID");
        } else if (!child.matches("[A-Za-z0-9-]{1,40}") || !children.exists(child)) {
            in.error("child", "There is no child with the ID " + child);
        }
        var consentOn = in.date("consentOn", "date they agreed to join", true, LocalDate.now(clock));
        if (!in.yes("consent")) {
            in.error("consent", "Confirm the young person agreed to join and to the group keeping their name");
        }
        if (!in.hasErrors() && !groups.addMember(group.id(), child, consentOn, user.displayName())) {
            in.error("child", "This young person is already a member of the group");
        }
        if (in.hasErrors()) {
            return page(group, model, Map.of(), params, in.errors());
        }
        audit.record(AuditLog.Action.RECORD_EVENT, child, "added to " + group.name() + " by consent");
        SuccessBanner.flash(flash, "The young person was added to the group");
        return "redirect:/voice/groups/" + group.id();
    }

    @PostMapping("/voice/groups/{id}/sessions")
    @Transactional
    String addSession(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var group = find(id);
        var in = new FormInput(params);
        var heldOn = in.date("heldOn", "date of the session", true, LocalDate.now(clock));
        var attended = in.whole("attended", "number of young people who came", 0, 500, true);
        var discussed = in.text("discussed", "what was discussed", DISCUSSED_LIMIT, true);
        if (in.hasErrors()) {
            return page(group, model, Map.of(), params, in.errors());
        }
        groups.addSession(group.id(), heldOn, attended, discussed, user.displayName());
        audit.record(AuditLog.Action.RECORD_EVENT, null, "recorded a session of " + group.name());
        SuccessBanner.flash(flash, "The session was recorded. Add anything the young people asked for to "
                + "the you said, we did ledger");
        return "redirect:/voice/groups/" + group.id();
    }

    /** The group with the pages of its two tables asked for; the audit names only the members on the page shown. */
    private String page(Groups.Group group, Model model, Map<String, String> params, Map<String, String> values,
            Map<String, String> errors) {
        var members = AwardAndGroupLists.groupPage(AwardAndGroupLists.MEMBER_COLUMNS, groups.members(group.id()),
                group.id(), AwardAndGroupLists.MEMBERS, params);
        audit.recordShown(AuditLog.Action.VIEW_RECORD, members.items().stream().map(Groups.Member::childId).toList(),
                "viewed the members of " + group.name() + " (page " + members.page() + " of " + members.pages() + ")");
        model.addAttribute("group", group);
        model.addAttribute("members", members);
        model.addAttribute("sessions", AwardAndGroupLists.groupPage(AwardAndGroupLists.SESSION_COLUMNS,
                groups.sessions(group.id()), group.id(), AwardAndGroupLists.SESSIONS, params));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "voice/group";
    }

    private Groups.Group find(String id) {
        return (id.matches("\\d{1,9}") ? groups.find(Long.parseLong(id)) : java.util.Optional.<Groups.Group>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such group"));
    }
}
