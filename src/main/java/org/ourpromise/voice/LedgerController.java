package org.ourpromise.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.StaleEdit;
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
 * The "you said, we did" ledger: the participation officer sees who raised each item and records new ones; an
 * item's owner answers it from their worklist; the board sees the same ledger with no child named.
 */
@Controller
class LedgerController {

    private static final String LEDGER = "/voice/you-said-we-did";

    /** One line of the ledger page; {@code id} null where the reader may not open items (the board). */
    record Row(@Nullable Long id, YouSaidWeDid.Item item, LocalDate due, boolean overdue) {
    }

    private final LedgerStore ledger;
    private final VoiceChoices choices;
    private final ChildRegister children;
    private final VoiceSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    LedgerController(LedgerStore ledger, VoiceChoices choices, ChildRegister children, VoiceSettings settings,
            AuditLog audit, Clock clock) {
        this.ledger = ledger;
        this.choices = choices;
        this.children = children;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(LEDGER)
    @Transactional
    String ledger(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params,
            Model model) {
        var today = LocalDate.now(clock);
        var all = ledger.all();
        boolean names = user.can(Permission.MANAGE_PARTICIPATION);
        int days = settings.answerWithinDays();
        var list = VoiceLists.ledgerPage(rows(all, names, today, days), params);
        if (names) {
            // only the children named on the page shown, not every child in the ledger
            var shown = list.items().stream().map(Row::id).filter(Objects::nonNull).collect(Collectors.toSet());
            audit.recordShown(AuditLog.Action.VIEW_RECORD, all.stream().filter(s -> shown.contains(s.id()))
                    .map(Said::childId).filter(Objects::nonNull).distinct().toList(),
                    "viewed the you said, we did ledger");
        } else {
            audit.record(AuditLog.Action.VIEW_REPORT, null, "viewed the you said, we did ledger without names");
        }
        model.addAttribute("list", list);
        model.addAttribute("rows", list.items());
        model.addAttribute("names", names);
        model.addAttribute("measure", LedgerMeasure.of(all, today, days));
        model.addAttribute("open", all.stream().filter(Said::open).count());
        return "voice/ledger";
    }

    @GetMapping(LEDGER + "/new")
    String newItem(Model model) {
        return newForm(model, new HashMap<>(), Map.of());
    }

    @PostMapping(LEDGER + "/new")
    @Transactional
    String add(@AuthenticationPrincipal PromiseUser user, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        var today = LocalDate.now(clock);
        var read = SaidForm.raised(params, today, choices.groups().keySet(), choices.consultations().keySet(),
                children::exists, choices.staff(today).keySet());
        if (!read.errors().isEmpty()) {
            return newForm(model, params, read.errors());
        }
        long id = ledger.add(new Said(0, read.raisedOn(), read.source(), read.groupId(), read.consultationId(),
                read.childId(), "", read.said(), read.owner(), "", null, null, null, Said.Status.OPEN, 0),
                user.username(), LocalDateTime.now(clock));
        audit.record(AuditLog.Action.RECORD_EVENT, read.childId(), "added you said, we did item " + id);
        SuccessBanner.flash(flash, "The item was added to the ledger and is on its owner's worklist");
        return "redirect:" + LEDGER;
    }

    @GetMapping(LEDGER + "/{id}")
    @Transactional
    String item(@AuthenticationPrincipal PromiseUser user, @PathVariable String id, Model model) {
        var said = find(user, id);
        audit.record(AuditLog.Action.VIEW_RECORD, said.childId(), "viewed you said, we did item " + said.id());
        return itemForm(model, said, SaidForm.values(said), new HashMap<>(), said.version());
    }

    @PostMapping(LEDGER + "/{id}")
    @Transactional
    String answer(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var said = find(user, id);
        var today = LocalDate.now(clock);
        var read = SaidForm.answer(params, said.raisedOn(), today, choices.staff(today).keySet());
        if (!read.errors().isEmpty()) {
            return itemForm(model, said, params, new java.util.LinkedHashMap<>(read.errors()), read.version());
        }
        if (!ledger.answer(said.id(), read.version(), read.owner(), read.response(), read.changed(), read.toldBackOn(),
                read.status(), user.username(), LocalDateTime.now(clock))) {
            var errors = new HashMap<String, String>();
            var saved = ledger.find(said.id()).orElseThrow();
            var stale = new StaleEdit(saved.version())
                    .compare("Owner", saved.ownerName(), choices.staff(today).get(read.owner()))
                    .compare("Response", saved.response(), read.response())
                    .compare("What changed", saved.changed(), read.changed())
                    .compare("Where it is", saved.status().words(), read.status().words());
            itemForm(model, saved, params, errors, saved.version());
            stale.show(model, errors, "response");
            return "voice/item";
        }
        audit.record(AuditLog.Action.RECORD_EVENT, said.childId(), "answered you said, we did item " + said.id()
                + ": " + read.status().words());
        SuccessBanner.flash(flash, "The item was saved");
        return "redirect:" + (user.can(Permission.MANAGE_PARTICIPATION) ? LEDGER : "/worklist");
    }

    /** The ledger's lines: with the child who raised each and a link, or (the board) with no child named. */
    static java.util.List<Row> rows(java.util.List<Said> all, boolean names, LocalDate today, int days) {
        return all.stream().map(s -> new Row(names ? s.id() : null,
                names ? withNames(s) : YouSaidWeDid.withoutNames(s), s.due(days),
                s.open() && s.due(days).isBefore(today))).toList();
    }

    private static YouSaidWeDid.Item withNames(Said s) {
        return new YouSaidWeDid.Item(s.raisedOn(), s.raisedBy(), s.said(), s.ownerName(), s.response(), s.changed(),
                s.toldBackOn(), s.status().words(), s.open());
    }

    /** The item, if this user may answer it: the participation service, or the member of staff who owns it. */
    private Said find(PromiseUser user, String id) {
        var said = (id.matches("\\d{1,9}") ? ledger.find(Long.parseLong(id)) : java.util.Optional.<Said>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such item"));
        if (!user.can(Permission.MANAGE_PARTICIPATION) && !said.owner().equals(user.workerId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Not yours to answer");
        }
        return said;
    }

    private String newForm(Model model, Map<String, String> values, Map<String, String> errors) {
        var today = LocalDate.now(clock);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("sources", VoiceChoices.words(Said.Source.values(), Said.Source::words));
        model.addAttribute("groups", choices.groups());
        model.addAttribute("consultations", choices.consultations());
        model.addAttribute("staff", choices.staff(today));
        model.addAttribute("noHints", Map.of());
        return "voice/new-item";
    }

    private String itemForm(Model model, Said said, Map<String, String> values, Map<String, String> errors,
            int version) {
        model.addAttribute("said", said);
        model.addAttribute("due", said.due(settings.answerWithinDays()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        model.addAttribute("statuses", VoiceChoices.words(Said.Status.values(), Said.Status::words));
        model.addAttribute("staff", choices.staff(LocalDate.now(clock)));
        model.addAttribute("noHints", Map.of());
        return "voice/item";
    }
}
