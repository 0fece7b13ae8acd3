package org.ourpromise.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.CsvTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The voice room's lists as CSV, whole and in the order the page showed them. Audited as exports naming the
 * children in them; the board's ledger names no child.
 */
@Controller
class VoiceCsvController {

    private final LedgerStore ledger;
    private final Advocacy advocacy;
    private final Visitors visitors;
    private final Consultations consultations;
    private final Awards awards;
    private final Groups groups;
    private final VoiceSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    VoiceCsvController(LedgerStore ledger, Advocacy advocacy, Visitors visitors, Consultations consultations,
            Awards awards, Groups groups, VoiceSettings settings, AuditLog audit, Clock clock) {
        this.consultations = consultations;
        this.awards = awards;
        this.groups = groups;
        this.ledger = ledger;
        this.advocacy = advocacy;
        this.visitors = visitors;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/voice/you-said-we-did.csv")
    @Transactional
    ResponseEntity<byte[]> ledger(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params) {
        var all = ledger.all();
        boolean names = user.can(Permission.MANAGE_PARTICIPATION);
        var rows = new ArrayList<List<String>>();
        for (var r : VoiceLists.LEDGER_COLUMNS.sorted(LedgerController.rows(all, names, LocalDate.now(clock),
                settings.answerWithinDays()), params.get("sort"), params.get("order"))) {
            var i = r.item();
            rows.add(List.of(date(i.raisedOn()), i.raisedBy(), i.said(), i.owner(), i.status(), r.overdue() ? "Late" : "",
                    text(i.response()), text(i.changed()), date(i.toldBackOn()), i.toldBackOn() == null ? date(r.due()) : ""));
        }
        if (names) {
            audit.recordShown(AuditLog.Action.EXPORT, all.stream().map(Said::childId).filter(Objects::nonNull)
                    .distinct().toList(), "you said, we did ledger CSV: " + rows.size() + " points");
        } else {
            audit.recordShown(AuditLog.Action.EXPORT, List.of(), "you said, we did ledger CSV without names: "
                    + rows.size() + " points");
        }
        return CsvTable.download("you-said-we-did",
                List.of("Raised", "Raised by", "You said", "Owner", "Where it is", "Late",
                        "Response", "What changed", "Told back", "Due"), rows);
    }

    @GetMapping("/voice/advocacy.csv")
    @Transactional
    ResponseEntity<byte[]> advocacy(@RequestParam Map<String, String> params) {
        var rows = new ArrayList<List<String>>();
        var ids = new ArrayList<String>();
        for (var r : VoiceLists.ADVOCACY_COLUMNS.sorted(advocacy.all(), params.get("sort"), params.get("order"))) {
            ids.add(r.childId());
            rows.add(List.of(r.childId(), r.name(), r.requestedBy().words(), date(r.requestedOn()), r.forWhat(),
                    text(r.complaintRef()), date(r.reviewOn()), text(r.advocate()), date(r.allocatedOn())));
        }
        audit.recordShown(AuditLog.Action.EXPORT, ids.stream().distinct().toList(), "requests for an advocate CSV: "
                + rows.size() + " requests");
        return CsvTable.download("advocacy", List.of("Child ID", "Young person", "Who asked", "Asked on", "Asked for",
                "Complaint", "Review on", "Advocate", "Allocated on"), rows);
    }

    /** One of the independent visitors' tables ({@code table=waiting}, {@code appointed} or {@code considered}). */
    @GetMapping("/voice/independent-visitors.csv")
    @Transactional
    ResponseEntity<byte[]> visitors(@RequestParam Map<String, String> params) {
        String table = params.getOrDefault("table", VoiceLists.WAITING);
        if (!List.of(VoiceLists.WAITING, VoiceLists.APPOINTED, VoiceLists.CONSIDERED).contains(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such table");
        }
        var rows = new ArrayList<List<String>>();
        var ids = new ArrayList<String>();
        for (var n : VoiceLists.visitorColumns(table).sorted(VoiceLists.visitorRows(visitors.all(), table),
                params.get("sort"), params.get("order"))) {
            ids.add(n.childId());
            rows.add(List.of(n.childId(), n.name(), date(n.consideredOn()), date(n.offeredOn()),
                    n.declined() ? "Yes" : "No", text(n.visitor()), date(n.appointedOn())));
        }
        audit.recordShown(AuditLog.Action.EXPORT, ids.stream().distinct().toList(), "independent visitors CSV ("
                + table + "): " + rows.size() + " children");
        return CsvTable.download("independent-visitors-" + table,
                List.of("Child ID", "Child", "Considered on", "Offered on",
                        "Declined", "Independent visitor", "Appointed on"), rows);
    }

    /** The consultations: no child is named (their answers are anonymous). */
    @GetMapping("/voice/consultations.csv")
    @Transactional
    ResponseEntity<byte[]> consultations(@RequestParam Map<String, String> params) {
        var rows = new ArrayList<List<String>>();
        for (var c : VoiceLists.CONSULTATION_COLUMNS.sorted(consultations.all(), params.get("sort"),
                params.get("order"))) {
            rows.add(List.of(c.title(), c.asked(), date(c.openedOn()), date(c.closedOn()),
                    String.valueOf(c.responses())));
        }
        audit.recordShown(AuditLog.Action.EXPORT, List.of(), "consultations CSV: " + rows.size() + " consultations");
        return CsvTable.download("consultations",
                List.of("Consultation", "Who was asked", "Opened on", "Closed on", "Responses"),
                        rows);
    }

    /** Every award and nomination, naming the young people. */
    @GetMapping("/voice/awards.csv")
    @Transactional
    ResponseEntity<byte[]> awards(@RequestParam Map<String, String> params) {
        var rows = new ArrayList<List<String>>();
        var ids = new ArrayList<String>();
        for (var a : AwardAndGroupLists.AWARD_COLUMNS.sorted(awards.all(), params.get("sort"), params.get("order"))) {
            ids.add(a.childId());
            rows.add(List.of(a.childId(), a.name(), a.forWhat(), a.nominatedBy(), date(a.nominatedOn()),
                    text(a.eventName()), date(a.eventOn()), a.eventName() == null ? "" : a.attended() ? "Yes" : "No"));
        }
        audit.recordShown(AuditLog.Action.EXPORT, ids.stream().distinct().toList(), "awards and nominations CSV: "
                + rows.size() + " nominations");
        return CsvTable.download("awards",
                List.of("Child ID", "Young person", "For", "Nominated by", "Nominated on", "Event",
                        "Event on", "Came"), rows);
    }

    /** A group's sessions: no child is named. */
    @GetMapping("/voice/groups/{id}/sessions.csv")
    @Transactional
    ResponseEntity<byte[]> sessions(@PathVariable String id, @RequestParam Map<String, String> params) {
        var group = group(id);
        var rows = new ArrayList<List<String>>();
        for (var s : AwardAndGroupLists.SESSION_COLUMNS.sorted(groups.sessions(group.id()), params.get("sort"),
                params.get("order"))) {
            rows.add(List.of(date(s.heldOn()), String.valueOf(s.attended()), s.discussed(), s.recordedBy()));
        }
        audit.recordShown(AuditLog.Action.EXPORT, List.of(), "sessions of " + group.name() + " CSV: " + rows.size()
                + " sessions");
        return CsvTable.download("group-" + group.id() + "-sessions",
                List.of("Date", "Came", "What was discussed", "Recorded by"),
                        rows);
    }

    /** A group's members, naming them. */
    @GetMapping("/voice/groups/{id}/members.csv")
    @Transactional
    ResponseEntity<byte[]> members(@PathVariable String id, @RequestParam Map<String, String> params) {
        var group = group(id);
        var rows = new ArrayList<List<String>>();
        var ids = new ArrayList<String>();
        for (var m : AwardAndGroupLists.MEMBER_COLUMNS.sorted(groups.members(group.id()), params.get("sort"),
                params.get("order"))) {
            ids.add(m.childId());
            rows.add(List.of(m.childId(), m.name(), date(m.consentOn()), date(m.leftOn()), m.consentTakenBy()));
        }
        audit.recordShown(AuditLog.Action.EXPORT, ids, "members of " + group.name() + " CSV: " + rows.size()
                + " members");
        return CsvTable.download("group-" + group.id() + "-members",
                List.of("Child ID", "Young person", "Agreed to join", "Left",
                        "Consent taken by"), rows);
    }

    private Groups.Group group(String id) {
        return (id.matches("\\d{1,9}") ? groups.find(Long.parseLong(id)) : java.util.Optional.<Groups.Group>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such group"));
    }

    static String date(@Nullable LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

}
