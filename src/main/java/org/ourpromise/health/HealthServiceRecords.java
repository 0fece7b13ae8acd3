package org.ourpromise.health;

import java.util.List;
import org.ourpromise.health.HealthServices.Referral;
import org.ourpromise.health.HealthServices.Registration;
import org.ourpromise.health.HealthServices.Summary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations, mental-health referrals and leaving-care health summaries added in bulk, as a council's history
 * (the demo council's, today): the room's pages record them one at a time.
 */
@Service
public class HealthServiceRecords {

    private final ChildHealthRepository health;

    HealthServiceRecords(ChildHealthRepository health) {
        this.health = health;
    }

    @Transactional
    public void addAll(List<Registration> registrations, List<Referral> referrals, List<Summary> summaries, String by) {
        health.addRegistrations(registrations, by);
        health.addReferrals(referrals, by);
        health.addSummaries(summaries);
    }
}
