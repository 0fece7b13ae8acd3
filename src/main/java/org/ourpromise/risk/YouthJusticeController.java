package org.ourpromise.risk;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.casefile.SuccessBanner;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Youth justice on the child's risk page: an order, remand or custody recorded with the youth offending service
 * worker, and its end once known. Audited against the child; a stale end is refused and shows what is saved now.
 */
@Controller
class YouthJusticeController {

    private final YouthJusticeAndPlacedHere records;
    private final RiskChildPage page;
    private final ChildrenAtRisk atRisk;
    private final AuditLog audit;

    YouthJusticeController(YouthJusticeAndPlacedHere records, RiskChildPage page, ChildrenAtRisk atRisk,
            AuditLog audit) {
        this.records = records;
        this.page = page;
        this.atRisk = atRisk;
        this.audit = audit;
    }

    @PostMapping("/risk/children/{childId}/youth-justice")
    @Transactional
    String add(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var child = page.visible(user, childId);
        var read = RiskForms.youthJustice(params, childId, child.identity().dateOfBirth(), atRisk.today());
        if (read.record() == null) {
            return page.show(user, childId, model, params, read.errors());
        }
        var y = read.record();
        records.addYouthJustice(y, user.username());
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "youth justice: " + y.kind().words().toLowerCase(
                java.util.Locale.ROOT) + " from " + y.started() + (y.ended() == null ? "" : " to " + y.ended()));
        SuccessBanner.flash(redirect, y.kind().words() + " recorded");
        return "redirect:/risk/children/" + childId + "#youth-justice";
    }

    @PostMapping("/risk/children/{childId}/youth-justice/{id}")
    @Transactional
    String end(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, @PathVariable String id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        page.visible(user, childId);
        var now = (id.matches("\\d{1,12}") ? records.youthJusticeRecord(Long.parseLong(id))
                : java.util.Optional.<YouthJustice>empty()).filter(y -> y.childId().equals(childId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No youth justice record " + id));
        var read = RiskForms.ending(params, now, atRisk.today());
        if (read.record() == null) {
            return page.show(user, childId, model, params, read.errors());
        }
        if (!records.updateYouthJustice(read.record(), user.username())) {
            var saved = records.youthJusticeRecord(now.id()).orElseThrow();
            var errors = new LinkedHashMap<String, String>();
            new StaleEdit(saved.version()).compare("Date it ended", saved.ended() == null ? "" : day(saved.ended()),
                    day(read.record().ended())).show(model, errors, "ended-" + now.id());
            var values = new HashMap<String, String>(params);
            values.put("version", String.valueOf(saved.version()));
            return page.show(user, childId, model, values, errors);
        }
        audit.record(AuditLog.Action.RECORD_EVENT, childId, "youth justice " + now.id() + " ended "
                + read.record().ended());
        SuccessBanner.flash(redirect, now.kind().words() + " ended");
        return "redirect:/risk/children/" + childId + "#youth-justice";
    }

    private static String day(java.time.LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }
}
