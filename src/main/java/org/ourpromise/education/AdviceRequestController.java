package org.ourpromise.education;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * Previously looked-after children: the Virtual School's requests for advice and information, with counts by who
 * asked for this school year, the list (sortable, with CSV) and the form to add one or record its answer at the
 * version read. No child of the council's is named, so views and changes are audited without one.
 */
@Controller
class AdviceRequestController {

    static final String PATH = "/virtual-school/previously-looked-after";

    /** Requests by who asked in a school year: asked, answered, still open. */
    record Count(AdviceRequest.AskedBy askedBy, long asked, long answered, long open) {
    }

    private final AdviceRequests requests;
    private final java.time.Clock clock;
    private final AuditLog audit;

    AdviceRequestController(AdviceRequests requests, java.time.Clock clock, AuditLog audit) {
        this.requests = requests;
        this.clock = clock;
        this.audit = audit;
    }

    @GetMapping(PATH)
    @Transactional
    String list(@RequestParam Map<String, String> params, Model model) {
        var editing = params.getOrDefault("edit", "").matches("\\d{1,12}")
                ? requests.find(Long.parseLong(params.get("edit"))).orElse(null) : null;
        var values = editing == null ? new HashMap<String, String>(Map.of("version", "0"))
                : AdviceRequestForm.values(editing);
        return page(model, params, editing, values, Map.of());
    }

    @GetMapping(PATH + ".csv")
    @Transactional
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params) {
        var rows = columns().sorted(requests.all(), params.get("sort"), params.get("order")).stream()
                .map(r -> List.of(r.askedOn().toString(), r.askedBy().words(), r.asker() == null ? "" : r.asker(),
                        r.subject(), r.answeredOn() == null ? "" : r.answeredOn().toString())).toList();
        audit.record(AuditLog.Action.EXPORT, null, "previously looked-after children's requests CSV: " + rows.size());
        return CsvTable.download("previously-looked-after-requests",
                List.of("Asked on", "Who asked", "Name", "About", "Answered on"), rows);
    }

    @PostMapping({PATH, PATH + "/{id}"})
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable(required = false) @Nullable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var existing = id == null ? null : (id.matches("\\d{1,12}") ? requests.find(Long.parseLong(id))
                : java.util.Optional.<AdviceRequest>empty()).orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No request " + id));
        var read = AdviceRequestForm.read(params, existing == null ? 0 : existing.id(), java.time.LocalDate.now(clock));
        if (read.request() == null) {
            return page(model, Map.of(), existing, params, read.errors());
        }
        var r = read.request();
        if (existing == null) {
            requests.add(r, user.username());
        } else if (!requests.update(r, user.username())) {
            var now = requests.find(existing.id()).orElseThrow();
            var errors = new LinkedHashMap<String, String>();
            new StaleEdit(now.version()).compare("About", now.subject(), r.subject())
                    .compare("Answered on", String.valueOf(now.answeredOn()), String.valueOf(r.answeredOn()))
                    .show(model, errors, "askedBy");
            var values = new HashMap<>(params);
            values.put("version", String.valueOf(now.version()));
            return page(model, Map.of(), now, values, errors);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, null, (existing == null ? "request for advice recorded: "
                : "request for advice changed: ") + r.askedBy().name().toLowerCase(java.util.Locale.UK) + " asked on "
                + r.askedOn() + (r.answeredOn() == null ? ", open" : ", answered " + r.answeredOn()));
        SuccessBanner.flash(redirect, "The request of " + r.askedOn().format(java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy", java.util.Locale.UK)) + " is saved");
        return "redirect:" + PATH;
    }

    private String page(Model model, Map<String, String> params, @Nullable AdviceRequest editing,
            Map<String, String> values, Map<String, String> errors) {
        var all = requests.all();
        var year = SchoolYear.of(java.time.LocalDate.now(clock));
        audit.record(AuditLog.Action.VIEW_REPORT, null, "previously looked-after children's requests: " + all.size());
        model.addAttribute("year", year);
        model.addAttribute("counts", counts(all, year));
        model.addAttribute("medianDays", medianDays(all, year));
        model.addAttribute("list", columns().page(all, params.get("sort"), params.get("order"), params.get("page"),
                PATH, Map.of()));
        model.addAttribute("editing", editing);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", AdviceRequestForm.choices());
        model.addAttribute("noHints", Map.of());
        model.addAttribute("subjectMax", AdviceRequestForm.SUBJECT_MAX);
        return "education/previously-looked-after";
    }

    static List<Count> counts(List<AdviceRequest> all, SchoolYear year) {
        var inYear = all.stream().filter(r -> !r.askedOn().isBefore(year.first()) && !r.askedOn().isAfter(year.last()))
                .toList();
        return java.util.Arrays.stream(AdviceRequest.AskedBy.values()).map(a -> {
            var mine = inYear.stream().filter(r -> r.askedBy() == a).toList();
            long answered = mine.stream().filter(r -> r.answeredOn() != null).count();
            return new Count(a, mine.size(), answered, mine.size() - answered);
        }).toList();
    }

    /** The median days to answer the requests asked in the year and answered; null when none. */
    static @Nullable Long medianDays(List<AdviceRequest> all, SchoolYear year) {
        var days = all.stream().filter(r -> !r.askedOn().isBefore(year.first()) && !r.askedOn().isAfter(year.last()))
                .map(AdviceRequest::daysToAnswer).filter(java.util.Objects::nonNull).sorted().toList();
        return days.isEmpty() ? null : days.size() % 2 == 1 ? days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2;
    }

    static Sorting<AdviceRequest> columns() {
        return Sorting.byDescending("asked", Comparator.comparing(AdviceRequest::askedOn)
                        .thenComparingLong(AdviceRequest::id))
                .and("who", Comparator.comparing((AdviceRequest r) -> r.askedBy().words()))
                .and("answered", Comparator.comparing(AdviceRequest::answeredOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
    }
}
