package org.ourpromise.casefile;

import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.RecordRestrictions;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Finding a child, their record and their chronology. */
@Controller
class ChildRecordController {

    /** Child ids are the council's own: letters, digits, hyphens and underscores. */
    static final String CHILD_ID = "[A-Za-z0-9_-]{1,40}";

    private final CaseFile caseFile;
    private final TimescaleSettings settings;
    private final StaffDirectory staff;
    private final RecordRestrictions restrictions;
    private final Corrections corrections;
    private final LeavingCareDuty duty;

    ChildRecordController(CaseFile caseFile, TimescaleSettings settings, StaffDirectory staff,
            RecordRestrictions restrictions, Corrections corrections, LeavingCareDuty duty) {
        this.caseFile = caseFile;
        this.corrections = corrections;
        this.duty = duty;
        this.settings = settings;
        this.staff = staff;
        this.restrictions = restrictions;
    }

    @GetMapping("/children")
    String search(@AuthenticationPrincipal PromiseUser user, @RequestParam(name = "q", required = false) String q,
            Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        if (query.length() > 100) {
            model.addAttribute("error", "Search for 100 characters or fewer");
        } else if (!query.isEmpty()) {
            model.addAttribute("results", caseFile.search(user, query));
            model.addAttribute("restricted", caseFile.restrictedMatches(user, query));
            model.addAttribute("today", caseFile.today());
        }
        return "children/search";
    }

    @GetMapping("/children/{childId}")
    String record(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = caseFile.open(user, checked(childId), "opened the record");
        model.addAttribute("child", child);
        var facts = CurrentFacts.of(child, caseFile.today());
        model.addAttribute("facts", facts);
        model.addAttribute("deadlines", OpenDeadlines.of(child, caseFile.today(), facts.inCareSince(), settings,
                duty.ends(child)));
        model.addAttribute("today", caseFile.today());
        model.addAttribute("issues", ReturnChecks.forChild(child, caseFile.today()));
        model.addAttribute("recent", Chronology.withCorrections(Chronology.of(child, staff.names()),
                corrections.of(child.childId())).stream().limit(10).toList());
        model.addAttribute("restricted", restrictions.isRestricted(childId));
        return "children/record";
    }

    @GetMapping("/children/{childId}/chronology")
    String chronology(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = caseFile.open(user, checked(childId), "opened the chronology");
        model.addAttribute("child", child);
        model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
        model.addAttribute("entries", Chronology.withCorrections(Chronology.of(child, staff.names()),
                corrections.of(child.childId())));
        return "children/chronology";
    }

    static String checked(String childId) {
        if (!childId.matches(CHILD_ID)) {
            throw new ChildNotFoundException(childId);
        }
        return childId;
    }
}
