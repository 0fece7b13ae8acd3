package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.function.Function;
import org.ourpromise.casefile.LeavingCareDuty;
import org.ourpromise.record.ChildRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The end of each young person's leaving-care duty from the entitlement recorded for them (or their 21st birthday). */
@Component
class LeavingCareDutyEnds implements LeavingCareDuty {

    private final LeavingCareOffer offer;

    LeavingCareDutyEnds(LeavingCareOffer offer) {
        this.offer = offer;
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate ends(ChildRecord child) {
        return LeavingCareEntitlements.dutyEnds(child.dateOfBirth(), offer.entitlements(child.childId())
                .get(child.childId()));
    }

    @Override
    @Transactional(readOnly = true)
    public Function<ChildRecord, LocalDate> endsForAll() {
        var recorded = offer.entitlements(null);
        return child -> LeavingCareEntitlements.dutyEnds(child.dateOfBirth(), recorded.get(child.childId()));
    }
}
