package org.ourpromise.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.reports.ChartBar;
import org.ourpromise.reports.SvgChart;
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
 * Consultations and surveys: set one up with its questions, type in each anonymous response, read the results as
 * charts (server-side SVG, decision 0010), and raise any result on the "you said, we did" ledger.
 */
@Controller
class ConsultationsController {

    static final int QUESTIONS_LIMIT = 3000;

    private final Consultations consultations;
    private final LedgerStore ledger;
    private final VoiceChoices choices;
    private final AuditLog audit;
    private final Clock clock;

    ConsultationsController(Consultations consultations, LedgerStore ledger, VoiceChoices choices, AuditLog audit,
            Clock clock) {
        this.consultations = consultations;
        this.ledger = ledger;
        this.choices = choices;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/voice/consultations")
    String list(@RequestParam Map<String, String> params, Model model) {
        return list(model, params, new HashMap<>(), Map.of());
    }

    @PostMapping("/voice/consultations")
    @Transactional
    String add(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var in = new FormInput(params);
        var title = in.text("title", "title", 200, true);
        var asked = in.text("asked", "who was asked", 300, true);
        var opened = in.date("openedOn", "date it opened", true, LocalDate.now(clock));
        var questions = questions(in);
        if (in.hasErrors()) {
            return list(model, Map.of(), params, in.errors());
        }
        long id = consultations.add(title, asked, opened, null, questions);
        audit.record(AuditLog.Action.RECORD_EVENT, null, "set up consultation " + id);
        SuccessBanner.flash(flash, "The consultation was set up. Add each response as it comes in");
        return "redirect:/voice/consultations/" + id;
    }

    /** The results; {@code raise} (a question's id) starts the "you said" form from that question's result. */
    @GetMapping("/voice/consultations/{id}")
    String results(@PathVariable String id, @RequestParam(required = false) String raise, Model model) {
        var consultation = find(id);
        var values = new HashMap<String, String>();
        consultations.questions(consultation.id()).stream().filter(q -> String.valueOf(q.id()).equals(raise))
                .findFirst().ifPresent(q -> values.put("said", q.summary()));
        return results(consultation, model, values, new HashMap<>());
    }

    /** One response, anonymous: which choice for each question, nothing about who. */
    @PostMapping("/voice/consultations/{id}/responses")
    @Transactional
    String respond(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        var consultation = find(id);
        var answers = new LinkedHashMap<Long, String>();
        var errors = new LinkedHashMap<String, String>();
        for (var q : consultations.questions(consultation.id())) {
            String choice = params.getOrDefault("q" + q.id(), "");
            if (!choice.isEmpty() && !q.counts().containsKey(choice)) {
                errors.put("q" + q.id(), "Select one of the answers given for this question");
            } else if (!choice.isEmpty()) {
                answers.put(q.id(), choice);
            }
        }
        if (errors.isEmpty() && answers.isEmpty()) {
            errors.put("response", "Select an answer to at least one question");
        }
        if (!errors.isEmpty()) {
            return results(consultation, model, params, errors);
        }
        consultations.addResponse(answers);
        audit.record(AuditLog.Action.RECORD_EVENT, null, "added a response to consultation " + consultation.id());
        SuccessBanner.flash(flash, "The response was added");
        return "redirect:/voice/consultations/" + consultation.id();
    }

    @PostMapping("/voice/consultations/{id}/raise")
    @Transactional
    String raise(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        var consultation = find(id);
        var in = new FormInput(params);
        var said = in.text("said", "what the young people said", SaidForm.SAID_LIMIT, true);
        var today = LocalDate.now(clock);
        String owner = in.raw("owner");
        if (!choices.staff(today).containsKey(owner)) {
            in.error("owner", "Select the member of staff who owns it");
        }
        if (in.hasErrors()) {
            return results(consultation, model, params, in.errors());
        }
        long item = ledger.add(new Said(0, today, Said.Source.CONSULTATION, null, consultation.id(), null, "", said,
                owner, "", null, null, null, Said.Status.OPEN, 0), user.username(), LocalDateTime.now(clock));
        audit.record(AuditLog.Action.RECORD_EVENT, null, "raised you said, we did item " + item + " from consultation "
                + consultation.id());
        SuccessBanner.flash(flash, "The result was added to the you said, we did ledger");
        return "redirect:/voice/consultations/" + consultation.id();
    }

    /** One question a line: the question, then its answers, separated by "|". */
    private static Map<String, List<String>> questions(FormInput in) {
        var text = in.text("questions", "questions", QUESTIONS_LIMIT, true);
        var out = new LinkedHashMap<String, List<String>>();
        if (text == null) {
            return out;
        }
        int line = 0;
        for (var raw : text.split("\\R")) {
            line++;
            if (raw.isBlank()) {
                continue;
            }
            var parts = new ArrayList<String>();
            for (var p : raw.split("\\|")) {
                if (!p.isBlank()) {
                    parts.add(p.strip());
                }
            }
            if (parts.size() < 3 || parts.stream().anyMatch(p -> p.length() > 200)) {
                in.error("questions", "Line " + line + ": write the question, then at least two answers, each "
                        + "after a | (for example: Do you feel safe? | Yes | No)");
                return out;
            }
            out.put(parts.get(0), List.copyOf(parts.subList(1, parts.size())));
        }
        return out;
    }

    private String list(Model model, Map<String, String> listParams, Map<String, String> values,
            Map<String, String> errors) {
        var list = VoiceLists.consultationPage(consultations.all(), listParams);
        model.addAttribute("list", list);
        model.addAttribute("consultations", list.items());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "voice/consultations";
    }

    private String results(Consultations.Consultation consultation, Model model, Map<String, String> values,
            Map<String, String> errors) {
        var questions = consultations.questions(consultation.id());
        var charts = new LinkedHashMap<Long, String>();
        for (var q : questions) {
            charts.put(q.id(), SvgChart.bar(q.text(), q.answered() + " answers",
                    q.counts().entrySet().stream().map(e -> ChartBar.of(e.getKey(), e.getValue())).toList()));
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("questions", questions);
        model.addAttribute("charts", charts);
        model.addAttribute("staff", choices.staff(LocalDate.now(clock)));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "voice/consultation";
    }

    private Consultations.Consultation find(String id) {
        return (id.matches("\\d{1,9}") ? consultations.find(Long.parseLong(id))
                : java.util.Optional.<Consultations.Consultation>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such consultation"));
    }
}
