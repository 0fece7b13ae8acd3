package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ourpromise.casefile.LeavingCareDuty;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.AdviserContactTerms;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of each young person's leaving-care duty from the entitlement recorded for them (or their 21st birthday),
 * and the terms of the personal adviser's contact duty (decision 0215): the council's accommodation, each pathway
 * plan version's contact interval, the contacts not in person and the intervals set, so that the deadline engine's
 * adviser contacts, on every page and in every figure, are this room's duty.
 */
@Component
class LeavingCareDutyEnds implements LeavingCareDuty {

    private final LeavingCareOffer offer;
    private final AdviserContactStore store;
    private final PathwayPlans plans;
    private final LeaverContactSettings settings;

    LeavingCareDutyEnds(LeavingCareOffer offer, AdviserContactStore store, PathwayPlans plans,
            LeaverContactSettings settings) {
        this.offer = offer;
        this.store = store;
        this.plans = plans;
        this.settings = settings;
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

    @Override
    @Transactional(readOnly = true)
    public AdviserContactTerms contactTerms(ChildRecord child) {
        var id = child.childId();
        return terms(id, provisions(id), plans.intervals(id), store.notInPerson(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Function<ChildRecord, AdviserContactTerms> contactTermsForAll() {
        var provided = provisions(null);
        var intervals = plans.intervals(null);
        var notInPerson = store.notInPerson(null);
        return child -> terms(child.childId(), provided, intervals, notInPerson);
    }

    private Map<String, List<AdviserContactTerms.Provided>> provisions(@org.jspecify.annotations.Nullable String id) {
        var map = new java.util.HashMap<String, List<AdviserContactTerms.Provided>>();
        store.provisions(id).forEach(p -> map.computeIfAbsent(p.childId(), k -> new java.util.ArrayList<>())
                .add(new AdviserContactTerms.Provided(p.from(), p.until())));
        return map;
    }

    private AdviserContactTerms terms(String id, Map<String, List<AdviserContactTerms.Provided>> provided,
            Map<String, List<AdviserContactTerms.PlanInterval>> intervals, Map<String, Set<LocalDate>> notInPerson) {
        return new AdviserContactTerms(provided.getOrDefault(id, List.of()), intervals.getOrDefault(id, List.of()),
                notInPerson.getOrDefault(id, Set.of()), settings.accommodatedMonths(), settings.relevantMonths(),
                settings.formerRelevantMonths());
    }
}
