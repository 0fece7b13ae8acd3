package org.ourpromise.writtentoyou;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.Chronology;
import org.ourpromise.casefile.ChronologyEntry;
import org.ourpromise.casefile.CurrentFacts;
import org.ourpromise.casefile.PlanWords;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    @GetMapping("/children/{childId}/chronology/as-written")
    String chronology(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = caseFile.open(user, checked(childId), "opened the chronology as written to the child");
        var words = written.of(childId);
        model.addAttribute("child", child);
        model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
        model.addAttribute("entries", Chronology.of(child, staff.names()).stream()
                .map(e -> new AsWritten(e, toTheChild(e, words))).toList());
        return "writtentoyou/chronology";
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
