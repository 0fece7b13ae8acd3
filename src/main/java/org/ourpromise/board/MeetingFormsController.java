package org.ourpromise.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.SuccessBanner;
import org.springframework.http.HttpStatus;
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
 * The clerk's forms for a meeting: arrange it (its agenda starting from the work plan), record who came, record
 * that the last meeting's minutes were agreed, and allocate an action. Every change is audited.
 */
@Controller
class MeetingFormsController {

    static final int MAX_DESCRIPTION = 500;
    static final int MAX_OWNER = 120;

    private final BoardBook book;
    private final AuditLog audit;
    private final Clock clock;

    MeetingFormsController(BoardBook book, AuditLog audit, Clock clock) {
        this.book = book;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/board/meetings/new")
    String newMeeting(Model model) {
        return meetingForm(model, new LinkedHashMap<>(Map.of("venue", Meeting.Venue.IN_PERSON.name())), Map.of());
    }

    /** A new meeting; its agenda starts with the standing items and what the work plan has for the date's month. */
    @PostMapping("/board/meetings/new")
    @Transactional
    String addMeeting(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var in = new FormInput(params);
        var heldOn = in.date("held", "date of the meeting", true, LocalDate.MAX);
        var venue = in.choice("venue", java.util.EnumSet.allOf(Meeting.Venue.class),
                "Choose whether the meeting is in person or online");
        if (heldOn != null && book.meetings().stream().anyMatch(m -> m.heldOn().equals(heldOn))) {
            in.error("held", "The board already has a meeting on that date");
        }
        if (in.hasErrors()) {
            return meetingForm(model, new LinkedHashMap<>(params), in.errors());
        }
        long id = book.addMeeting(heldOn, venue);
        book.addItem(id, 1, "Minutes of the last meeting and matters arising", null, null, null, null);
        book.addItem(id, 2, "Performance report", "Performance pack", "/board-pack?month="
                + heldOn.minusMonths(1).toString().substring(0, 7), null, null);
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board meeting " + id + " arranged for " + heldOn);
        SuccessBanner.flash(redirect, "Meeting arranged for " + new Meeting(id, heldOn, venue, 0).title());
        return "redirect:/board/meetings/" + id;
    }

    /** Adds the work plan's reports for this meeting to its agenda, each once. */
    @PostMapping("/board/meetings/{id}/agenda-from-plan")
    @Transactional
    String agendaFromPlan(@PathVariable String id, RedirectAttributes redirect) {
        var meeting = meeting(id);
        var titles = book.items(meeting.id()).stream().map(AgendaItem::title).toList();
        int added = 0;
        int position = book.nextPosition(meeting.id());
        for (var entry : book.plan()) {
            String title = entry.theme() + ": " + entry.report();
            if (entry.meetingId() == meeting.id() && !titles.contains(title)) {
                book.addItem(meeting.id(), position++, title, null, null, null, null);
                added++;
            }
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board meeting " + meeting.id() + ": " + added
                + " agenda items added from the work plan");
        SuccessBanner.flash(redirect, added == 0 ? "The agenda already has every report the work plan"
                + " schedules for this meeting" : added + (added == 1 ? " report" : " reports")
                + " from the work plan added to the agenda");
        return "redirect:/board/meetings/" + meeting.id();
    }

    @GetMapping("/board/meetings/{id}/attendance")
    String attendanceForm(@PathVariable String id, Model model) {
        var meeting = meeting(id);
        var values = new LinkedHashMap<String, String>();
        book.attendance(meeting.id()).forEach(a -> values.put("member-" + a.memberId(), a.presence().name()));
        return attendanceForm(model, meeting, values, Map.of());
    }

    @PostMapping("/board/meetings/{id}/attendance")
    @Transactional
    String saveAttendance(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        var meeting = meeting(id);
        var in = new FormInput(params);
        var presence = new LinkedHashMap<Long, Attendance.Presence>();
        for (var m : book.members()) {
            if (m.servingOn(meeting.heldOn()) && !in.raw("member-" + m.id()).isEmpty()) {
                var p = in.choice("member-" + m.id(), java.util.EnumSet.allOf(Attendance.Presence.class),
                        "Choose present, apologies or absent for " + m.name());
                if (p != null) {
                    presence.put(m.id(), p);
                }
            }
        }
        if (in.hasErrors()) {
            return attendanceForm(model, meeting, new LinkedHashMap<>(params), in.errors());
        }
        book.replaceAttendance(meeting.id(), presence);
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board meeting " + meeting.id() + ": attendance of "
                + presence.size() + " members recorded");
        SuccessBanner.flash(redirect, "Attendance saved");
        return "redirect:/board/meetings/" + meeting.id();
    }

    /** The minutes of the meeting before this one were agreed at this one. */
    @PostMapping("/board/meetings/{id}/minutes-agreed")
    @Transactional
    String minutesAgreed(@PathVariable String id, RedirectAttributes redirect) {
        var meeting = meeting(id);
        var previous = MeetingsController.previous(meeting, book.meetings())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No meeting before this one"));
        book.minutesAgreed(previous.id(), meeting.heldOn());
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board meeting " + previous.id() + ": minutes agreed at"
                + " the meeting of " + meeting.heldOn());
        SuccessBanner.flash(redirect, "The minutes of " + previous.title() + " are recorded as agreed");
        return "redirect:/board/meetings/" + meeting.id();
    }

    @GetMapping("/board/meetings/{id}/new-action")
    String actionForm(@PathVariable String id, Model model) {
        return actionForm(model, meeting(id), new LinkedHashMap<>(), Map.of());
    }

    @PostMapping("/board/meetings/{id}/new-action")
    @Transactional
    String addAction(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        var meeting = meeting(id);
        var in = new FormInput(params);
        String description = in.text("description", "action", MAX_DESCRIPTION, true);
        String owner = in.text("owner", "name of the person who owns the action", MAX_OWNER, true);
        var due = in.date("due", "due date", true, LocalDate.MAX);
        if (due != null && due.isBefore(meeting.heldOn())) {
            in.error("due", "The due date must be on or after the meeting, " + meeting.title());
        }
        if (in.hasErrors()) {
            return actionForm(model, meeting, new LinkedHashMap<>(params), in.errors());
        }
        long action = book.addAction(meeting.id(), description, owner, due, BoardAction.Status.OPEN, null);
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board action " + action + " allocated at meeting "
                + meeting.id() + ", due " + due);
        SuccessBanner.flash(redirect, "Action allocated to " + owner);
        return "redirect:/board/meetings/" + meeting.id();
    }

    private String meetingForm(Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("venues", options(Meeting.Venue.values()));
        model.addAttribute("noHints", Map.of());
        return "board/meeting-new";
    }

    private String attendanceForm(Model model, Meeting meeting, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("members", book.members().stream().filter(m -> m.servingOn(meeting.heldOn())).toList());
        model.addAttribute("presences", Attendance.Presence.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "board/attendance";
    }

    private String actionForm(Model model, Meeting meeting, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        return "board/action-new";
    }

    private Meeting meeting(String id) {
        return book.meeting(MeetingsController.number(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No meeting " + id));
    }

    static Map<String, String> options(Enum<?>[] values) {
        var options = new LinkedHashMap<String, String>();
        for (var v : values) {
            options.put(v.name(), v instanceof Meeting.Venue venue ? venue.label()
                    : v instanceof Member.Role role ? role.label() : v.name());
        }
        return options;
    }
}
