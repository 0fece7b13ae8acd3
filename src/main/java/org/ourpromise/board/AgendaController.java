package org.ourpromise.board;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
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
 * A meeting's agenda: add an item with its paper (a link, or a document uploaded to Promise), and record each
 * item's minutes and resolution (versioned: a save from a stale page shows what changed). Papers are served only
 * to the board's people and every download is audited.
 */
@Controller
class AgendaController {

    static final int MAX_TITLE = 200;
    static final int MAX_MINUTES = 4000;
    static final int MAX_RESOLUTION = 2000;

    private final BoardBook book;
    private final AuditLog audit;
    private final Clock clock;

    AgendaController(BoardBook book, AuditLog audit, Clock clock) {
        this.book = book;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/board/meetings/{id}/new-item")
    String itemForm(@PathVariable String id, Model model) {
        return itemForm(model, meeting(id), new LinkedHashMap<>(), Map.of());
    }

    @PostMapping("/board/meetings/{id}/new-item")
    @Transactional
    String addItem(@AuthenticationPrincipal PromiseUser user, @PathVariable String id,
            @RequestParam Map<String, String> params, @RequestParam(name = "paper", required = false)
            @Nullable MultipartFile paper, Model model, RedirectAttributes redirect) throws IOException {
        var meeting = meeting(id);
        var in = new FormInput(params);
        String title = in.text("title", "agenda item", MAX_TITLE, true);
        String paperTitle = in.text("paperTitle", "title of the paper", MAX_TITLE, false);
        String link = in.text("paperLink", "link to the paper", 300, false);
        if (link != null && !(link.startsWith("https://") || link.startsWith("/"))) {
            in.error("paperLink", "The link must start with https:// or be a Promise page such as /board-pack");
        }
        boolean uploading = paper != null && !paper.isEmpty();
        String kind = null;
        if (uploading) {
            kind = UploadedDocuments.kindOf(paper);
            String problem = UploadedDocuments.problem(paper, kind);
            if (problem != null) {
                in.error("paper", problem);
            }
            if (link != null) {
                in.error("paperLink", "Give a link or upload a document, not both");
            }
        }
        if ((uploading || link != null) && paperTitle == null) {
            in.error("paperTitle", "Enter the title of the paper");
        }
        if (in.hasErrors()) {
            return itemForm(model, meeting, new LinkedHashMap<>(params),
                    FormInput.inOrder(in.errors(), List.of("title", "paperTitle", "paper", "paperLink")));
        }
        long item = book.addItem(meeting.id(), book.nextPosition(meeting.id()), title, paperTitle, link, null, null);
        if (uploading) {
            String name = UploadedDocuments.safeName(paper.getOriginalFilename());
            long paperId = book.addPaper(item, name, kind, paper.getBytes(), user.username(), LocalDateTime.now(clock));
            audit.record(AuditLog.Action.EDIT_REPORT, null, "board paper " + paperId + " uploaded to agenda item "
                    + item + " (" + paper.getSize() + " bytes)");
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board meeting " + meeting.id() + ": agenda item " + item
                + " added");
        SuccessBanner.flash(redirect, "Agenda item added: " + title);
        return "redirect:/board/meetings/" + meeting.id();
    }

    @GetMapping("/board/items/{id}")
    String minutesForm(@PathVariable String id, Model model) {
        var item = item(id);
        var values = new LinkedHashMap<String, String>();
        values.put("minutes", item.minutes() == null ? "" : item.minutes());
        values.put("resolution", item.resolution() == null ? "" : item.resolution());
        return minutesForm(model, item, values, Map.of(), item.version());
    }

    @PostMapping("/board/items/{id}")
    @Transactional
    String saveMinutes(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        var item = item(id);
        var in = new FormInput(params);
        String minutes = in.text("minutes", "minutes", MAX_MINUTES, false);
        String resolution = in.text("resolution", "resolution", MAX_RESOLUTION, false);
        if (in.version() < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version: open the item again");
        }
        if (in.hasErrors()) {
            return minutesForm(model, item, new LinkedHashMap<>(params), in.errors(), in.version());
        }
        if (!book.updateItem(item.id(), in.version(), minutes, resolution)) {
            var now = item(id);
            var errors = new LinkedHashMap<String, String>();
            new StaleEdit(now.version()).compare("Minutes", now.minutes(), minutes)
                    .compare("Resolution", now.resolution(), resolution).show(model, errors, "minutes");
            return minutesForm(model, now, new LinkedHashMap<>(params), errors, now.version());
        }
        audit.record(AuditLog.Action.EDIT_REPORT, null, "board agenda item " + item.id() + ": minutes of "
                + (minutes == null ? 0 : minutes.length()) + " characters, "
                + (resolution == null ? "no resolution" : "a resolution"));
        SuccessBanner.flash(redirect, "Minutes saved for " + item.title());
        return "redirect:/board/meetings/" + item.meetingId() + "#item-" + item.position();
    }

    @GetMapping("/board/papers/{id}")
    @Transactional
    ResponseEntity<byte[]> paper(@PathVariable String id) {
        var paper = book.paper(MeetingsController.number(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper " + id));
        audit.record(AuditLog.Action.EXPORT, null, "board paper " + paper.id() + " downloaded: " + paper.fileName());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(paper.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(paper.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(book.paperContent(paper.id()));
    }

    private String itemForm(Model model, Meeting meeting, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "board/item-new";
    }

    private String minutesForm(Model model, AgendaItem item, Map<String, String> values, Map<String, String> errors,
            int version) {
        model.addAttribute("item", item);
        model.addAttribute("meeting", book.meeting(item.meetingId()).orElseThrow());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        return "board/item";
    }

    private Meeting meeting(String id) {
        return book.meeting(MeetingsController.number(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No meeting " + id));
    }

    private AgendaItem item(String id) {
        return book.item(MeetingsController.number(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No agenda item " + id));
    }
}
