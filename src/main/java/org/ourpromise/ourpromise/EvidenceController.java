package org.ourpromise.ourpromise;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.SuccessBanner;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.UploadedDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner sends its evidence against a pledge for the last complete year: what it did, the figures, and any
 * documents. A partner reaches only its own pledges (another's is "not found"); the board's clerk may record
 * evidence sent in another way. Saved with the version it was opened at; every save and download is audited.
 */
@Controller
class EvidenceController {

    static final int MAX_TEXT = 4000;
    static final int MAX_FIGURES = 2000;

    private final PromiseChanges changes;
    private final PromiseBook book;
    private final AuditLog audit;
    private final Clock clock;

    EvidenceController(PromiseChanges changes, PromiseBook book, AuditLog audit, Clock clock) {
        this.changes = changes;
        this.book = book;
        this.audit = audit;
        this.clock = clock;
    }

    /** The year partners report on: the last complete year (April to March). */
    static int reportYear(LocalDate today) {
        return PromiseBook.reportYear(today);
    }

    @GetMapping("/our-promise/evidence/{id}")
    String form(@AuthenticationPrincipal PromiseUser user, @PathVariable String id, Model model) {
        var pledge = pledgeFor(user, id);
        int year = reportYear(LocalDate.now(clock));
        var values = new LinkedHashMap<String, String>();
        var evidence = changes.evidence(pledge.id(), year);
        evidence.ifPresent(e -> {
            values.put("text", e.text());
            values.put("figures", e.figures() == null ? "" : e.figures());
        });
        return form(model, pledge, year, values, Map.of(), evidence.map(PromiseChanges.Evidence::version)
                .orElse(StaleEdit.NONE));
    }

    @PostMapping("/our-promise/evidence/{id}")
    @Transactional
    String save(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, @RequestParam(name = "file", required = false)
            @Nullable MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
        var pledge = pledgeFor(user, id);
        var today = LocalDate.now(clock);
        int year = reportYear(today);
        var in = new FormInput(params);
        String text = in.text("text", "what you did", MAX_TEXT, true);
        String figures = in.text("figures", "figures", MAX_FIGURES, false);
        boolean attaching = file != null && !file.isEmpty();
        String kind = attaching ? UploadedDocuments.kindOf(file) : null;
        String problem = attaching ? UploadedDocuments.problem(file, kind) : null;
        if (problem != null) {
            in.error("file", problem);
        }
        if (in.hasErrors()) {
            return form(model, pledge, year, new LinkedHashMap<>(params), in.errors(), in.version());
        }
        if (!changes.saveEvidence(pledge.id(), year, in.version(), text, figures, today, user.username())) {
            var now = changes.evidence(pledge.id(), year).orElseThrow();
            var errors = new LinkedHashMap<String, String>();
            new StaleEdit(now.version()).compare("What was done", now.text(), text)
                    .compare("Figures", now.figures(), figures).show(model, errors, "text");
            return form(model, pledge, year, new LinkedHashMap<>(params), errors, now.version());
        }
        if (attaching) {
            long fileId = changes.addFile(pledge.id(), year, UploadedDocuments.safeName(file.getOriginalFilename()), kind,
                    file.getBytes(), user.username(), LocalDateTime.now(clock));
            audit.record(AuditLog.Action.EDIT_REPORT, null, "Our Promise evidence file " + fileId + " attached to pledge "
                    + pledge.id());
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "Our Promise evidence for pledge " + pledge.id() + ", year "
                + year + ": " + text.length() + " characters");
        SuccessBanner.flash(redirect, "Your evidence for " + label(year) + " has been sent");
        return "redirect:/our-promise";
    }

    @GetMapping("/our-promise/files/{id}")
    @Transactional
    ResponseEntity<byte[]> file(@AuthenticationPrincipal PromiseUser user, @PathVariable String id) {
        var file = changes.file(number(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        pledgeFor(user, String.valueOf(file.pledgeId()));
        audit.record(AuditLog.Action.EXPORT, null, "Our Promise evidence file " + file.id() + " downloaded");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(changes.fileContent(file.id()));
    }

    /** The pledge, if the user may send its evidence: its partner's own account, or the board's business. */
    private PromiseChanges.OwnedPledge pledgeFor(PromiseUser user, String id) {
        var pledge = changes.pledge(number(id)).filter(p -> user.can(Permission.BOARD_BUSINESS)
                || user.username().equals(p.username()));
        return pledge.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No pledge " + id));
    }

    private String form(Model model, PromiseChanges.OwnedPledge pledge, int year, Map<String, String> values,
            Map<String, String> errors, int version) {
        model.addAttribute("pledge", pledge);
        model.addAttribute("commitment", book.commitments().stream().filter(c -> c.id() == pledge.commitmentId())
                .findFirst().orElseThrow());
        model.addAttribute("yearLabel", label(year));
        model.addAttribute("due", OurPromiseController.due(year));
        model.addAttribute("files", changes.files(pledge.id(), year));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        return "ourpromise/evidence";
    }

    static String label(int year) {
        return "April " + (year - 1) + " to March " + year;
    }

    static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Not found: " + id);
        }
    }
}
