package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Past leaving-care work written in one go (the demonstration council, an import): spans of accommodation the
 * council provided, how recorded contacts were made, and pathway plan versions. Nothing here is a user's change
 * and nothing is audited; users change these through the leavers pages.
 */
@Component
public class LeaverHistory {

    /** A goal of a pathway plan, with the action that gets there and its date. */
    public record Goal(String goal, String action, LocalDate byWhen) {
    }

    /** A version of a pathway plan: its review day, the six sections, the young person's view and the goals. */
    public record PlanVersion(LocalDate reviewedOn, String needsAssessment, String accommodation, String eet,
            String health, String finance, String relationships, @Nullable String youngPersonsView,
            @Nullable Integer contactMonths, List<Goal> goals) {
    }

    private final AdviserContactStore store;
    private final PathwayPlans plans;
    private final JdbcTemplate jdbc;
    private final org.ourpromise.care.PathwayPlanEvidence evidence;

    LeaverHistory(AdviserContactStore store, PathwayPlans plans, JdbcTemplate jdbc,
            org.ourpromise.care.PathwayPlanEvidence evidence) {
        this.store = store;
        this.plans = plans;
        this.jdbc = jdbc;
        this.evidence = evidence;
    }

    public void addAccommodation(String childId, LocalDate from, @Nullable LocalDate until, String description,
            String username) {
        store.addProvision(childId, from, until, description, username);
    }

    /** Sets how the young person's contacts in touch on that day were made, where nobody said. */
    public void setContactMethod(String childId, LocalDate contactDate, ContactMethod method) {
        jdbc.update("update care_leaver_contact set method = ? where child_id = ? and contact_date = ? and method is null"
                + " and in_touch = 'YES' and from_return = false", method.name(), childId, contactDate);
    }

    /** Saves the version after the latest; false when it is not after the latest's review day. */
    public boolean addPlanVersion(String childId, PlanVersion v, String username) {
        var last = plans.current(childId);
        if (last != null && !v.reviewedOn().isAfter(last.reviewedOn())) {
            return false;
        }
        evidence.reviewed(childId, v.reviewedOn());
        return plans.saveVersion(new PathwayPlans.Plan(0, childId, 0, v.reviewedOn(), v.needsAssessment(),
                v.accommodation(), v.eet(), v.health(), v.finance(), v.relationships(), v.youngPersonsView(),
                v.contactMonths(), username, v.goals().stream().map(g -> new PathwayPlans.Goal(g.goal(), g.action(),
                        g.byWhen())).toList()), last == null ? 0 : last.versionNo(), username);
    }
}
