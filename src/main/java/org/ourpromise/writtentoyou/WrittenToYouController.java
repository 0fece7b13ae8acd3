package org.ourpromise.writtentoyou;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.Chronology;
import org.ourpromise.casefile.ChronologyEntry;
import org.ourpromise.casefile.CurrentFacts;
import org.ourpromise.casefile.PlanWords;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * On the child's record: what was written to the child and what they said, for each visit, plan and review; and
 * the chronology as written to the child (the written-to-you text in place of the professional words, where there
 * is one). Opened through {@link CaseFile}, so the access check and the audit entry come with the read.
 */
@Controller
class WrittenToYouController {

    /** A chronology line as the child would read it: the written-to-you text, if there is one, in place of the detail. */
    public record AsWritten(ChronologyEntry entry, @Nullable String toTheChild) {
    }

    private final CaseFile caseFile;
    private final WrittenToYou written;
    private final StaffDirectory staff;

    WrittenToYouController(CaseFile caseFile, WrittenToYou written, StaffDirectory staff) {
        this.caseFile = caseFile;
        this.written = written;
        this.staff = staff;
    }

    @GetMapping("/children/{childId}/written-to-you")
    String wordsOnTheRecord(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = caseFile.open(user, checked(childId), "opened what was written to the child and their wishes and feelings");
        model.addAttribute("child", child);
        model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
        model.addAttribute("entries", written.of(childId).stream().map(e -> new Shown(e, about(e))).toList());
        return "writtentoyou/words";
    }

    /**
     * The child's chronology with their words in place of the professional ones, newest first unless asked
     * otherwise, a page at a time (like the professional chronology, which it mirrors; it is read on screen and
     * paged through, and its CSV is the whole of it).
     */
    @GetMapping("/children/{childId}/chronology/as-written")
    String chronology(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model) {
        var child = caseFile.open(user, checked(childId), "opened the chronology as written to the child");
        String path = "/children/" + childId + "/chronology/as-written";
        var page = COLUMNS.page(asWritten(child), params.get("sort"), params.get("order"), params.get("page"), path,
                Map.of());
        model.addAttribute("child", child);
        model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
        model.addAttribute("entries", page);
        model.addAttribute("csvLink", page.wholeListAt(path + ".csv"));
        return "writtentoyou/chronology";
    }

    /** The whole chronology as written to the child, in the page's order, as CSV; the download is audited. */
    @GetMapping("/children/{childId}/chronology/as-written.csv")
    ResponseEntity<byte[]> chronologyCsv(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params) {
        var child = caseFile.read(user, checked(childId));
        var entries = COLUMNS.sorted(asWritten(child), params.get("sort"), params.get("order"));
        caseFile.downloaded(childId, "downloaded the chronology as written to the child: " + entries.size()
                + " events");
        var rows = entries.stream().map(a -> List.of(a.entry().date().toString(), a.entry().title(),
                a.toTheChild() != null ? "Yes" : "No", a.toTheChild() != null ? a.toTheChild() : a.entry().detail()))
                .toList();
        return CsvTable.download("chronology-as-written-" + childId + "-" + caseFile.today(),
                List.of("Date", "Event", "Written to the child", "Details"), rows);
    }

    /** Newest first by default; ties keep the chronology's own order within a day. */
    static final Sorting<AsWritten> COLUMNS = Sorting
            .byDescending("date", Comparator.comparing((AsWritten a) -> a.entry().date()))
            .and("event", Comparator.comparing((AsWritten a) -> a.entry().title()));

    private List<AsWritten> asWritten(ChildRecord child) {
        var words = written.of(child.childId());
        return Chronology.of(child, staff.names()).stream().map(e -> new AsWritten(e, toTheChild(e, words))).toList();
    }

    /** An entry and the words shown for what it is about ("Plan: Care plan"). */
    public record Shown(WrittenToYou.Entry entry, String about) {
    }

    private static String about(WrittenToYou.Entry e) {
        return e.about() == WrittenToYou.About.PLAN && !e.planKind().isEmpty()
                ? PlanWords.title(PlanEvent.Kind.valueOf(e.planKind())) : e.about().words();
    }

    private static @Nullable String toTheChild(ChronologyEntry e, List<WrittenToYou.Entry> words) {
        for (var w : words) {
            if (!w.date().equals(e.date()) || w.words().writtenToYou() == null) {
                continue;
            }
            boolean same = switch (w.about()) {
                case VISIT -> e.category().equals("Visit");
                case REVIEW -> e.category().equals("Review");
                case PLAN -> e.category().equals("Plan") && e.title().equals(about(w));
            };
            if (same) {
                return w.words().writtenToYou();
            }
        }
        return null;
    }

    private static String checked(String childId) {
        if (!childId.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child " + childId);
        }
        return childId;
    }
}
