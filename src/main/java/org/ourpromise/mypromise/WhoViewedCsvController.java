package org.ourpromise.mypromise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.lists.CsvTable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Download this list": the young person's own list of who has looked at their file, whole and in the order their
 * page showed, as CSV. Like every /me address it carries no id, so it is only ever their own; audited as an export
 * naming them.
 */
@Controller
class WhoViewedCsvController {

    private final MyPromiseReads reads;
    private final WhoViewed whoViewed;
    private final AuditLog audit;

    WhoViewedCsvController(MyPromiseReads reads, WhoViewed whoViewed, AuditLog audit) {
        this.reads = reads;
        this.whoViewed = whoViewed;
        this.audit = audit;
    }

    @GetMapping("/me/who-viewed.csv")
    @Transactional
    ResponseEntity<byte[]> whoViewed(@AuthenticationPrincipal PromiseUser user,
            @RequestParam Map<String, String> params) {
        var me = reads.load(user);
        var rows = new ArrayList<List<String>>();
        for (var l : WhoViewed.COLUMNS.sorted(whoViewed.of(me, user.username()), params.get("sort"),
                params.get("order"))) {
            rows.add(List.of(l.day().toString(), l.name() == null ? "" : l.name(), l.role(),
                    l.team() == null ? "" : l.team(), l.did(), String.valueOf(l.times())));
        }
        audit.record(AuditLog.Action.EXPORT, me.childId(), "downloaded their own list of who has looked at their file"
                + " in My Promise: " + rows.size() + " entries");
        return CsvTable.download("who-has-looked-at-my-file-" + me.today(),
                List.of("Date", "Name", "Job", "Team", "What they did", "Times"), rows);
    }
}
