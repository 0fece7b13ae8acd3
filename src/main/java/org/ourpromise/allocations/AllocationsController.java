package org.ourpromise.allocations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.ChildAccess;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CareRecordChanged;
import org.ourpromise.casefile.Confirmation;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.children.ChildRegister.RegisteredChild;
import org.ourpromise.record.Allocation;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
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
 * A child's allocations: who works with them now and before, allocating or handing over a social worker,
 * IRO or personal adviser, and ending an allocation. Viewing needs the child in the user's scope (or, for a
 * manager who allocates, a child with no social worker); every view and change is audited.
 */
@Controller
class AllocationsController {

    private static final String CHILD_ID = "[A-Za-z0-9_-]{1,40}";

    private final ChildRegister register;
    private final StaffDirectory staff;
    private final ChildAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AllocationsController(ChildRegister register, StaffDirectory staff, ChildAccess access, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.register = register;
        this.staff = staff;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/allocations")
    @Transactional
    String show(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = allowed(user, childId);
        audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed allocations");
        return page(model, user, child, Map.of(), Map.of(), null);
    }

    @PostMapping("/children/{childId}/allocations")
    @Transactional
    String change(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = allowed(user, childId);
        var in = new FormInput(params);
        if ("end".equals(in.raw("action")) && !Confirmation.given(params)) {
            var ending = register.storedAllocations(childId).stream()
                    .filter(s -> String.valueOf(s.id()).equals(in.raw("allocation"))).findFirst();
            String whom = ending.map(s -> staff.nameOf(s.allocation().workerId())).orElse("this worker");
            return Confirmation.ask(model, "Are you sure you want to end " + whom + "\u2019s allocation?",
                    "From the date you gave, " + whom + " will no longer be shown as working with the child.",
                    "Yes, end the allocation",
                    "/children/" + childId + "/allocations", "/children/" + childId + "/allocations", params);
        }
        String done = "end".equals(in.raw("action")) ? end(child, in) : allocate(child, in, model);
        if (in.hasErrors()) {
            audit.record(AuditLog.Action.VIEW_RECORD, childId, "viewed allocations (change not saved: "
                    + in.errors().size() + " problems)");
            var values = new LinkedHashMap<String, String>(in.values());
            if (model.getAttribute("stale") instanceof StaleEdit stale) {
                values.put("seen", String.valueOf(stale.version()));
            }
            return page(model, user, child, values, in.errors(), null);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, childId, done);
        events.publishEvent(new CareRecordChanged(childId));
        SuccessBanner.flash(redirect, "Allocations saved");
        return "redirect:/children/" + childId + "/allocations";
    }

    private String allocate(RegisteredChild child, FormInput in, Model model) {
        var today = LocalDate.now(clock);
        String workerId = in.raw("worker");
        var member = workerId.isEmpty() ? null : staff.find(workerId).filter(m -> m.role().allocates() != null)
                .orElse(null);
        if (member == null) {
            in.error("worker", "Select the worker to allocate from the staff directory");
        } else if (!member.inPostOn(today)) {
            in.error("worker", member.name() + " is not in post; choose someone who is");
        }
        LocalDate from = in.date("from", "date the allocation starts", true, today);
        if (from != null && from.isBefore(child.identity().dateOfBirth())) {
            in.error("from", "The allocation cannot start before the child was born");
        }
        String reason = in.raw("reason");
        if (!reason.isEmpty() && !CodeList.SW_REASON.isValid(reason, yearOf(today))) {
            in.error("reason", "Select a reason for the change from the list");
        }
        if (in.hasErrors() || member == null || from == null) {
            return "";
        }
        var role = member.role().allocates();
        var next = new Allocation(role, member.workerId(), member.team(), from, null,
                role == Allocation.Role.SOCIAL_WORKER ? (reason.isEmpty() ? "FCONTA" : reason) : null);
        var stored = register.storedAllocations(child.childId());
        if (StaleEdit.versionOf(in.raw("seen")) != versionOf(stored)) {
            return stale(in, model, stored, next);
        }
        var handover = Handover.of(stored, next, this::shown);
        if (handover.problem() != null) {
            in.error("from", handover.problem());
            return "";
        }
        var ending = handover.ending();
        if (ending != null && !register.endAllocation(child.childId(), ending.id(), ending.version(), from)) {
            return stale(in, model, register.storedAllocations(child.childId()), next);
        }
        register.insertAllocations(child.childId(), java.util.List.of(next));
        return "allocated " + describe(next) + (ending == null ? "" : ", handed over from "
                + describe(ending.allocation()));
    }

    /**
     * Someone else changed the child's allocations since the page was opened: nothing is saved. The page shows the
     * latest allocation in the role beside the user's choice, and carries the allocations' version saved now.
     */
    private String stale(FormInput in, Model model, List<ChildRegister.StoredAllocation> stored, Allocation next) {
        var latest = stored.stream().map(ChildRegister.StoredAllocation::allocation).filter(a -> a.role() == next.role())
                .reduce((a, b) -> b).map(this::who).orElse("");
        var stale = new StaleEdit(versionOf(stored)).compare(AllocationWords.role(next.role()), latest, who(next));
        in.error("from", StaleEdit.MESSAGE);
        model.addAttribute("stale", stale);
        return "";
    }

    /**
     * The version of a child's allocations as a whole, which the allocate form carries: every allocation added
     * and every change to one raises it (rows are never removed), so a different number means someone saved.
     */
    static int versionOf(List<ChildRegister.StoredAllocation> stored) {
        return stored.stream().mapToInt(s -> s.version() + 1).sum();
    }

    private String end(RegisteredChild child, FormInput in) {
        var today = LocalDate.now(clock);
        var stored = register.storedAllocations(child.childId()).stream()
                .filter(s -> String.valueOf(s.id()).equals(in.raw("allocation"))).findFirst().orElse(null);
        if (stored == null || stored.allocation().to() != null) {
            in.error("worker", "That allocation has already ended or no longer exists");
            return "";
        }
        String field = "end" + stored.id();
        LocalDate to = in.date(field, "date the allocation ends", true, today);
        if (to != null && !to.isAfter(stored.allocation().from())) {
            in.error(field, "The allocation must end after the day it started ("
                    + Ssda903Dates.format(stored.allocation().from()) + ")");
        }
        if (in.hasErrors() || to == null) {
            return "";
        }
        if (!register.endAllocation(child.childId(), stored.id(), intOf(in.raw("version")), to)) {
            in.error(field, "Someone else changed this allocation while you were working. Check it and try again");
            return "";
        }
        return "ended " + describe(stored.allocation()) + " on " + to;
    }

    private RegisteredChild allowed(PromiseUser user, String childId) {
        boolean found = childId.matches(CHILD_ID) && register.exists(childId);
        boolean unallocatedForManager = found && user.can(Permission.ALLOCATE_WORKERS) && noSocialWorker(childId);
        if (!(found && access.canView(user, childId)) && !unallocatedForManager) {
            if (found || !user.can(Permission.VIEW_CHILD_RECORDS)) {
                throw new AccessDeniedException("child " + childId + " is outside " + user.username() + "'s scope");
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child " + childId);
        }
        return register.find(childId).orElseThrow();
    }

    private boolean noSocialWorker(String childId) {
        var today = LocalDate.now(clock);
        return register.storedAllocations(childId).stream().noneMatch(s ->
                s.allocation().role() == Allocation.Role.SOCIAL_WORKER && s.allocation().isCurrentOn(today));
    }

    private String describe(Allocation a) {
        return AllocationWords.role(a.role()) + " " + who(a);
    }

    /** As people read it on the page: by name and team, no worker code (the audit keeps the code). */
    private String shown(Allocation a) {
        return AllocationWords.role(a.role()) + " " + staff.nameOf(a.workerId()) + " (" + a.team() + ") from "
                + Ssda903Dates.format(a.from()) + (a.to() == null ? "" : " to " + Ssda903Dates.format(a.to()));
    }

    private String who(Allocation a) {
        return staff.nameOf(a.workerId()) + " (" + a.workerId() + ", " + a.team() + ") from "
                + Ssda903Dates.format(a.from()) + (a.to() == null ? "" : " to " + Ssda903Dates.format(a.to()));
    }

    private String page(Model model, PromiseUser user, RegisteredChild child, Map<String, String> values,
            Map<String, String> errors, @Nullable String saved) {
        var today = LocalDate.now(clock);
        model.addAttribute("child", child);
        var latestFirst = new java.util.ArrayList<>(register.storedAllocations(child.childId()));
        java.util.Collections.reverse(latestFirst);
        model.addAttribute("allocations", latestFirst);
        model.addAttribute("seen", versionOf(latestFirst));
        model.addAttribute("today", today);
        model.addAttribute("canAllocate", user.can(Permission.ALLOCATE_WORKERS));
        var workers = new LinkedHashMap<String, String>();
        for (var m : staff.all()) {
            if (m.role().allocates() != null && m.inPostOn(today)) {
                workers.put(m.workerId(), m.name() + ", " + m.role().label().toLowerCase(java.util.Locale.ROOT) + ", "
                        + m.team());
            }
        }
        model.addAttribute("workers", workers);
        model.addAttribute("reasons", CodeList.SW_REASON.labels(yearOf(today)));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("roleWords", AllocationWords.ROLES);
        return "allocations/child";
    }

    private static int yearOf(LocalDate today) {
        return Ssda903Dates.collectionYearOf(today);
    }

    private static int intOf(String text) {
        return text.matches("\\d{1,9}") ? Integer.parseInt(text) : -1;
    }
}
