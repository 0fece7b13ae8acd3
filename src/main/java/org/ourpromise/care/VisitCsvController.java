package org.ourpromise.care;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.lists.CsvTable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One child's statutory visits as CSV ({@code /children/{id}/record/visit-correction.csv}): the whole list, in the
 * order the page showed, for the users who may correct them; audited as an export naming the child.
 */
@Controller
class VisitCsvController {

    private final CaseFile caseFile;
    private final VisitList visits;

    VisitCsvController(CaseFile caseFile, VisitList visits) {
        this.caseFile = caseFile;
        this.visits = visits;
    }

    @GetMapping("/children/{childId}/record/visit-correction.csv")
    ResponseEntity<byte[]> visits(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params) {
        String id = VisitCorrectionController.checked(childId);
        caseFile.read(user, id); // the access check: out of scope is refused, no child is not found
        var rows = new ArrayList<List<String>>();
        for (var r : VisitList.COLUMNS.sorted(visits.of(id), params.get("sort"), params.get("order"))) {
            var v = r.stored().visit();
            rows.add(List.of(v.date().toString(), r.worker(), v.seenAlone() ? "Yes" : "No"));
        }
        caseFile.downloaded(id, "downloaded the list of statutory visits: " + rows.size() + " visits");
        return CsvTable.download("statutory-visits-" + id + "-" + caseFile.today(),
                List.of("Date", "Visited by", "Seen alone"), rows);
    }
}
