package org.ourpromise.leavers;

import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.record.ChildRecord;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A young person's leaving-care page: their status today from the record and what it means, the basis and end of
 * their entitlement, and their Staying Put or Staying Close arrangements. The view is audited.
 */
@Controller
class LeaverPageController {

    private final CaseFile caseFile;
    private final CareLeaverRoll roll;
    private final LeavingCareOffer offer;

    LeaverPageController(CaseFile caseFile, CareLeaverRoll roll, LeavingCareOffer offer) {
        this.caseFile = caseFile;
        this.roll = roll;
        this.offer = offer;
    }

    @GetMapping("/leavers/children/{childId}")
    @Transactional
    String child(@AuthenticationPrincipal PromiseUser user, @PathVariable String childId, Model model) {
        ChildRecord child = caseFile.open(user, childId, "viewed the care leaver page");
        var today = caseFile.today();
        var entitlement = offer.entitlements(childId).get(childId);
        model.addAttribute("child", child);
        model.addAttribute("today", today);
        model.addAttribute("row", roll.of(child, today));
        model.addAttribute("entitlement", entitlement);
        model.addAttribute("dutyEnds", LeavingCareEntitlements.dutyEnds(child.dateOfBirth(), entitlement));
        model.addAttribute("arrangements", offer.arrangements(childId));
        return "leavers/child";
    }
}
