package org.ourpromise.care;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.casefile.CareRecordChanged;
import org.ourpromise.record.PlanEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pathway plan version saved in the leavers room is the review the deadline engine's pathway plan chain waits
 * for (decision 0198): the day it was reviewed goes on the record as a pathway plan, once, and the record is said to
 * have changed so every cache refreshes the young person. Called in the saver's transaction.
 */
@Service
public class PathwayPlanEvidence {

    private final CareEpisodeRepository care;
    private final ApplicationEventPublisher events;

    PathwayPlanEvidence(CareEpisodeRepository care, ApplicationEventPublisher events) {
        this.care = care;
        this.events = events;
    }

    @Transactional
    public void reviewed(String childId, LocalDate on) {
        boolean held = care.plans(childId).getOrDefault(childId, List.of()).stream()
                .anyMatch(p -> p.kind() == PlanEvent.Kind.PATHWAY_PLAN && p.date().equals(on));
        if (!held) {
            care.insertPlans(childId, List.of(new PlanEvent(PlanEvent.Kind.PATHWAY_PLAN, on)));
            events.publishEvent(new CareRecordChanged(childId));
        }
    }
}
