package org.ourpromise.restricted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.access.RecordRestrictions;
import org.ourpromise.lists.CsvTable;
import org.ourpromise.lists.Sorting;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every opening of a restricted record with a reason as CSV, whole and in the manager's page's order: only for the
 * managers who may see the page, and audited as an export of the child.
 */
@Controller
class RestrictionCsvController {

    /** Newest opening first unless asked otherwise; or by who opened it or why. */
    static final Sorting<RecordRestrictions.Opening> OPENING_COLUMNS = Sorting
            .byDescending("when", Comparator.comparing(RecordRestrictions.Opening::at)
                    .thenComparingLong(RecordRestrictions.Opening::id))
            .and("who", Comparator.comparing(RecordRestrictions.Opening::username))
            .and("why", Comparator.comparing((RecordRestrictions.Opening o) -> o.reason().toLowerCase(Locale.UK)));

    private final Restrictions restrictions;

    RestrictionCsvController(Restrictions restrictions) {
        this.restrictions = restrictions;
    }

    @GetMapping("/children/{childId}/restriction.csv")
    ResponseEntity<byte[]> openings(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order) {
        var openings = OPENING_COLUMNS.sorted(restrictions.openingsExported(user, childId), sort, order);
        var rows = new ArrayList<List<String>>();
        openings.forEach(o -> rows.add(List.of(o.at().withNano(0).toString().replace('T', ' '), o.username(),
                o.reason())));
        return CsvTable.download("restricted-record-openings-" + childId.replaceAll("[^A-Za-z0-9_-]", ""),
                List.of("When", "Who", "Why"), rows);
    }
}
