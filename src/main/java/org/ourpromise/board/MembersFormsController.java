package org.ourpromise.board;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.casefile.StaleEdit;
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

/** The clerk's forms for the board itself: appoint or change a member, and schedule a report in the work plan. */
@Controller
class MembersFormsController {

    static final int MAX_NAME = 120;
    static final int MAX_ORGANISATION = 160;
    static final int MAX_TERMS = 10000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final BoardBook book;
    private final AuditLog audit;
    private final Clock clock;

    MembersFormsController(BoardBook book, AuditLog audit, Clock clock) {
        this.book = book;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/board/members/new")
    String newMember(Model model) {
        return memberForm(model, null, new LinkedHashMap<>(), Map.of(), StaleEdit.NONE);
    }

    @PostMapping("/board/members/new")
    @Transactional
    String addMember(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var in = new FormInput(params);
        var m = read(in);
        if (in.hasErrors()) {
            return memberForm(model, null, new LinkedHashMap<>(params), in.errors(), StaleEdit.NONE);
        }
        long id = book.addMember(m.name(), m.role(), m.organisation(), m.termStart(), m.termEnd());
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board member " + id + " appointed as " + m.role().label());
        SuccessBanner.flash(redirect, m.name() + " added to the board");
        return "redirect:/board/members";
    }

    @GetMapping("/board/members/{id}")
    String memberForm(@PathVariable String id, Model model) {
        var member = member(id);
        var values = new LinkedHashMap<String, String>();
        values.put("name", member.name());
        values.put("role", member.role().name());
        values.put("organisation", member.organisation());
        FormInput.putDate(values, "start", member.termStart());
        FormInput.putDate(values, "end", member.termEnd());
        return memberForm(model, member, values, Map.of(), member.version());
    }

    @PostMapping("/board/members/{id}")
    @Transactional
    String saveMember(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        var member = member(id);
        var in = new FormInput(params);
        var m = read(in);
        if (in.hasErrors()) {
            return memberForm(model, member, new LinkedHashMap<>(params), in.errors(), in.version());
        }
        if (!book.updateMember(member.id(), in.version(), m.name(), m.role(), m.organisation(), m.termStart(),
                m.termEnd())) {
            var now = member(id);
            var errors = new LinkedHashMap<String, String>();
            new StaleEdit(now.version()).compare("Name", now.name(), m.name())
                    .compare("Role", now.role().label(), m.role().label())
                    .compare("Organisation", now.organisation(), m.organisation())
                    .compare("Term starts", day(now.termStart()), day(m.termStart()))
                    .compare("Term ends", day(now.termEnd()), day(m.termEnd())).show(model, errors, "name");
            return memberForm(model, now, new LinkedHashMap<>(params), errors, now.version());
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board member " + member.id() + " changed");
        SuccessBanner.flash(redirect, m.name() + "'s details saved");
        return "redirect:/board/members";
    }

    @GetMapping("/board/plan/new")
    String planForm(Model model) {
        return planForm(model, new LinkedHashMap<>(), Map.of());
    }

    @PostMapping("/board/plan/new")
    @Transactional
    String addPlanEntry(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var in = new FormInput(params);
        Meeting meeting = null;
        String chosen = in.raw("meeting");
        for (var m : book.meetings()) {
            if (String.valueOf(m.id()).equals(chosen)) {
                meeting = m;
            }
        }
        if (meeting == null) {
            in.error("meeting", "Choose the meeting the report is for");
        }
        String theme = in.text("theme", "theme", 200, true);
        String report = in.text("report", "report", 200, true);
        if (in.hasErrors()) {
            return planForm(model, new LinkedHashMap<>(params), in.errors());
        }
        book.addPlanEntry(meeting.id(), theme, report);
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board work plan: a report scheduled for meeting " + meeting.id());
        SuccessBanner.flash(redirect, report + " scheduled for " + meeting.title());
        return "redirect:/board/plan";
    }

    @GetMapping("/board/terms")
    String termsForm(Model model) {
        var terms = book.terms().orElse(null);
        var values = new LinkedHashMap<String, String>();
        if (terms != null) {
            values.put("text", terms.text());
            FormInput.putDate(values, "agreed", terms.agreedOn());
        }
        return termsForm(model, values, Map.of(), terms == null ? StaleEdit.NONE : terms.version());
    }

    /** The terms of reference: written the first time, then changed with the version they were opened at. */
    @PostMapping("/board/terms")
    @Transactional
    String saveTerms(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        var in = new FormInput(params);
        String text = in.text("text", "terms of reference", MAX_TERMS, true);
        var agreed = in.date("agreed", "date the board agreed them", true, LocalDate.now(clock));
        if (in.hasErrors()) {
            return termsForm(model, new LinkedHashMap<>(params), in.errors(), in.version());
        }
        var now = book.terms();
        if (now.isEmpty() && in.version() == StaleEdit.NONE) {
            book.addTerms(text, agreed, user.username());
        } else if (now.isEmpty() || !book.updateTerms(in.version(), text, agreed, user.username())) {
            var errors = new LinkedHashMap<String, String>();
            var saved = now.orElse(null);
            new StaleEdit(saved == null ? StaleEdit.NONE : saved.version())
                    .compare("Terms of reference", saved == null ? "" : saved.text(), text)
                    .compare("Agreed", saved == null ? "" : day(saved.agreedOn()), day(agreed)).show(model, errors, "text");
            return termsForm(model, new LinkedHashMap<>(params), errors, saved == null ? StaleEdit.NONE : saved.version());
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board terms of reference saved, agreed " + agreed);
        SuccessBanner.flash(redirect, "Terms of reference saved");
        return "redirect:/board/members";
    }

    private String termsForm(Model model, Map<String, String> values, Map<String, String> errors, int version) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        return "board/terms";
    }

    /** What the member form says, checked; fields with errors are null. */
    private record Entered(String name, Member.Role role, String organisation, LocalDate termStart,
            @Nullable LocalDate termEnd) {
    }

    private static Entered read(FormInput in) {
        String name = in.text("name", "member's name", MAX_NAME, true);
        var role = in.choice("role", EnumSet.allOf(Member.Role.class), "Choose the member's role on the board");
        String organisation = in.text("organisation", "organisation", MAX_ORGANISATION, true);
        var start = in.date("start", "date the term starts", true, LocalDate.MAX);
        var end = in.date("end", "date the term ends", false, LocalDate.MAX);
        if (start != null && end != null && end.isBefore(start)) {
            in.error("end", "The term must end on or after the day it starts");
        }
        return new Entered(name == null ? "" : name, role == null ? Member.Role.COUNCILLOR : role,
                organisation == null ? "" : organisation, start == null ? LocalDate.MIN : start, end);
    }

    private String memberForm(Model model, @Nullable Member member, Map<String, String> values,
            Map<String, String> errors, int version) {
        model.addAttribute("member", member);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        model.addAttribute("roles", MeetingFormsController.options(Member.Role.values()));
        model.addAttribute("noHints", Map.of());
        return "board/member";
    }

    private String planForm(Model model, Map<String, String> values, Map<String, String> errors) {
        var meetings = new LinkedHashMap<String, String>();
        book.meetings().stream().sorted(Comparator.comparing(Meeting::heldOn))
                .forEach(m -> meetings.put(String.valueOf(m.id()), m.title()));
        model.addAttribute("meetings", meetings);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "board/plan-entry";
    }

    private Member member(String id) {
        return book.member(MeetingsController.number(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No member " + id));
    }

    private static String day(@Nullable LocalDate d) {
        return d == null || d.equals(LocalDate.MIN) ? "" : d.format(DAY);
    }
}
