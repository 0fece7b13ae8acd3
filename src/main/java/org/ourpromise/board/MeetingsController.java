package org.ourpromise.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ourpromise.access.AuditLog;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The board's meetings (each with its agenda, papers, attendance, minutes, resolutions, the actions it allocated
 * and the matters arising from the meeting before), its members and the year's work plan.
 */
@Controller
class MeetingsController {

    private final BoardBook book;
    private final Clock clock;
    private final AuditLog audit;

    MeetingsController(BoardBook book, Clock clock, AuditLog audit) {
        this.book = book;
        this.clock = clock;
        this.audit = audit;
    }

    /** The meetings held: latest first, or by where they met. */
    static final Sorting<Meeting> HELD_COLUMNS = Sorting
            .byDescending("date", Comparator.comparing(Meeting::heldOn).thenComparing(Meeting::id))
            .and("where", Comparator.comparing((Meeting m) -> m.venue().label()));

    @GetMapping("/board/meetings")
    String meetings(@RequestParam Map<String, String> params, Model model) {
        var today = LocalDate.now(clock);
        var meetings = book.meetings();
        model.addAttribute("upcoming", meetings.stream().filter(m -> !m.heldOn().isBefore(today))
                .sorted(Comparator.comparing(Meeting::heldOn)).toList());
        model.addAttribute("list", HELD_COLUMNS.page(held(meetings, today), params.get("sort"), params.get("order"),
                params.get("page"), "/board/meetings", Map.of()));
        model.addAttribute("openActions", book.actions().stream().filter(a -> !a.status().closed()).count());
        model.addAttribute("overdueActions", book.actions().stream().filter(a -> a.overdueOn(today)).count());
        return "board/meetings";
    }

    /**
     * The meetings held, whole and in the page's order, as CSV. No child is named; audited as an export all the same.
     */
    @GetMapping("/board/meetings.csv")
    @Transactional
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params) {
        var rows = HELD_COLUMNS.sorted(held(book.meetings(), LocalDate.now(clock)), params.get("sort"),
                params.get("order")).stream().map(m -> List.of(m.heldOn().toString(), m.venue().label())).toList();
        audit.recordShown(AuditLog.Action.EXPORT, List.of(), "board meetings held CSV: " + rows.size() + " meetings");
        return CsvTable.download("board-meetings", List.of("Date", "Where"), rows);
    }

    private static List<Meeting> held(List<Meeting> meetings, LocalDate today) {
        return meetings.stream().filter(m -> m.heldOn().isBefore(today)).toList();
    }

    @GetMapping("/board/meetings/{id}")
    String meeting(@PathVariable String id, Model model) {
        var meeting = book.meeting(number(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No meeting " + id));
        var members = book.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
        var attendance = new LinkedHashMap<String, String>();
        book.attendance(meeting.id()).forEach(a -> {
            var m = members.get(a.memberId());
            attendance.put(m.name() + " (" + m.role().label() + ", " + m.organisation() + ")", a.presence().label());
        });
        var actions = book.actions();
        model.addAttribute("meeting", meeting);
        model.addAttribute("items", book.items(meeting.id()));
        model.addAttribute("attendance", attendance);
        model.addAttribute("actions", actions.stream().filter(a -> a.meetingId() == meeting.id()).toList());
        model.addAttribute("arising", mattersArising(meeting, book.meetings(), actions));
        model.addAttribute("plan", book.plan().stream().filter(p -> p.meetingId() == meeting.id()).toList());
        model.addAttribute("today", LocalDate.now(clock));
        var previous = previous(meeting, book.meetings()).orElse(null);
        model.addAttribute("previous", previous);
        model.addAttribute("previousAgreedOn", previous == null ? null : book.minutesAgreedOn(previous.id()).orElse(null));
        model.addAttribute("agreedOn", book.minutesAgreedOn(meeting.id()).orElse(null));
        var papers = book.papers(meeting.id());
        model.addAttribute("papers", papers.stream().collect(Collectors.groupingBy(BoardBook.Paper::itemId)));
        model.addAttribute("kinds", papers.stream().collect(Collectors.toMap(BoardBook.Paper::id,
                p -> org.ourpromise.casefile.UploadedDocuments.label(p.contentType()))));
        return "board/meeting";
    }

    @GetMapping("/board/members")
    String members(Model model) {
        var today = LocalDate.now(clock);
        var members = book.members();
        model.addAttribute("serving", members.stream().filter(m -> m.servingOn(today)).toList());
        model.addAttribute("former", members.stream().filter(m -> !m.servingOn(today)).toList());
        model.addAttribute("terms", book.terms().orElse(null));
        return "board/members";
    }

    @GetMapping("/board/plan")
    String plan(Model model) {
        var meetings = book.meetings().stream().sorted(Comparator.comparing(Meeting::heldOn)).toList();
        Map<Long, List<PlanEntry>> byMeeting = book.plan().stream()
                .collect(Collectors.groupingBy(PlanEntry::meetingId, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("meetings", meetings.stream().filter(m -> byMeeting.containsKey(m.id())).toList());
        model.addAttribute("byMeeting", byMeeting);
        return "board/plan";
    }

    /** The actions allocated at the meeting before this one, carried to it with where they stand. */
    static List<BoardAction> mattersArising(Meeting meeting, List<Meeting> meetings, List<BoardAction> actions) {
        return previous(meeting, meetings).map(p -> actions.stream().filter(a -> a.meetingId() == p.id()).toList())
                .orElse(List.of());
    }

    /** The meeting held last before this one. */
    static java.util.Optional<Meeting> previous(Meeting meeting, List<Meeting> meetings) {
        return meetings.stream().filter(m -> m.heldOn().isBefore(meeting.heldOn())).max(Comparator.comparing(Meeting::heldOn));
    }

    static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such entry: " + id);
        }
    }
}
