package org.ourpromise.casefile;

import org.ourpromise.lists.Sorting;
import org.ourpromise.lists.CsvTable;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.RecordRestrictions;
import org.ourpromise.children.ChildRegister.RegisteredChild;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
            @RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String page, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        if (query.length() > 100) {
            model.addAttribute("error", "Search for 100 characters or fewer");
        } else if (!query.isEmpty()) {
            model.addAttribute("results", caseFile.search(user, query, sort, order, page));
            model.addAttribute("restricted", caseFile.restrictedMatches(user, query));
            model.addAttribute("today", caseFile.today());
        }
        return "children/search";
    }

    /** Every child the search finds, in the order the page shows them. */
    @GetMapping("/children.csv")
    ResponseEntity<byte[]> searchCsv(@AuthenticationPrincipal PromiseUser user,
            @RequestParam(name = "q", required = false) String q, @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 100) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body("Search for 100 characters or fewer".getBytes(StandardCharsets.UTF_8));
        }
        // no search words, no search: the page finds nobody for them either
        var rows = (query.isEmpty() ? List.<RegisteredChild>of() : caseFile.searchForDownload(user, query, sort, order))
                .stream()
                .map(c -> List.of(c.childId(), c.identity().givenName(), c.identity().familyName(),
                        String.valueOf(c.identity().dateOfBirth()))).toList();
        return csv("children-found", CsvTable.of(List.of("Child ID", "Given name", "Family name", "Date of birth"),
                rows));
    }
    @GetMapping("/children/{childId}")
    String record(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        var child = caseFile.open(user, checked(childId), "opened the record");
        model.addAttribute("child", child);
        var facts = CurrentFacts.of(child, caseFile.today());
        model.addAttribute("facts", facts);
        var dutyEnds = duty.ends(child);
        model.addAttribute("deadlines", OpenDeadlines.of(child, caseFile.today(), facts.inCareSince(), settings,
                dutyEnds, duty.contactTerms(child)));
        model.addAttribute("forms", FormsOffered.of(child, caseFile.today(), dutyEnds));
        model.addAttribute("today", caseFile.today());
        model.addAttribute("issues", ReturnChecks.forChild(child, caseFile.today()));
        model.addAttribute("recent", Chronology.withCorrections(Chronology.of(child, staff.names()),
                corrections.of(child.childId())).stream().limit(10).toList());
        model.addAttribute("restricted", restrictions.isRestricted(childId));
        return "children/record";
    }

    /** The chronology, filtered by kind of event and date, newest first unless asked otherwise, a page at a time. */
    @GetMapping("/children/{childId}/chronology")
    String chronology(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable List<String> kind, @RequestParam Map<String, String> params,
            Model model) {
        var child = caseFile.read(user, checked(childId));
        var filter = ChronologyFilter.read(kind, params, caseFile.today());
        var entries = filter.apply(entries(child));
        var page = CHRONOLOGY_COLUMNS.page(entries, params.get("sort"), params.get("order"), params.get("page"),
                "/children/" + childId + "/chronology", filter.asParameters());
        caseFile.viewed(childId, "opened the chronology" + (filter.isFiltered() ? " (filtered)" : ""));
        model.addAttribute("child", child);
        model.addAttribute("facts", CurrentFacts.of(child, caseFile.today()));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", ChronologyFilter.KINDS);
        model.addAttribute("errors", filter.errors());
        model.addAttribute("values", filter.values());
        model.addAttribute("entries", page);
        model.addAttribute("csvLink", page.wholeListAt("/children/" + childId + "/chronology.csv"));
        return "children/chronology";
    }

    /** The whole chronology as the page filters it, as CSV; the download is audited. */
    @GetMapping("/children/{childId}/chronology.csv")
    ResponseEntity<byte[]> chronologyCsv(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable List<String> kind, @RequestParam Map<String, String> params) {
        var child = caseFile.read(user, checked(childId));
        var filter = ChronologyFilter.read(kind, params, caseFile.today());
        var entries = CHRONOLOGY_COLUMNS.sorted(filter.apply(entries(child)), params.get("sort"), params.get("order"));
        caseFile.downloaded(childId, "downloaded the chronology: " + entries.size() + " events");
        var rows = entries.stream().map(e -> List.of(e.date().toString(), e.category(), e.title(), e.detail())).toList();
        return csv("chronology-" + childId, CsvTable.of(List.of("Date", "Kind", "Event", "Details"), rows));
    }

    /** Newest first by default; ties keep the chronology's own order within a day. */
    static final Sorting<ChronologyEntry> CHRONOLOGY_COLUMNS = Sorting
            .byDescending("date", Comparator.comparing(ChronologyEntry::date))
            .and("kind", Comparator.comparing(ChronologyEntry::category))
            .and("event", Comparator.comparing(ChronologyEntry::title));

    private List<ChronologyEntry> entries(ChildRecord child) {
        return Chronology.withCorrections(Chronology.of(child, staff.names()), corrections.of(child.childId()));
    }

    private ResponseEntity<byte[]> csv(String name, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-" + caseFile.today()
                        + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    static String checked(String childId) {
        if (!childId.matches(CHILD_ID)) {
            throw new ChildNotFoundException(childId);
        }
        return childId;
    }
}
