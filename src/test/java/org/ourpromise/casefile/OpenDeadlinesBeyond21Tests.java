package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueItem;
import org.ourpromise.timescales.TimescaleSettings;

/**
 * What the lists show a care leaver after 21 follows their entitlement (decision 0127): with support to 25 on request,
 * the adviser contact due 2 months after the last one (20 June 2025, after the 21st birthday of 10 May 2025) is work
 * to do; without it, nothing after 21 is owed and nothing is listed. The example is worked in
 * {@code timescales.LeavingCareDutyEndsTests}.
 */
class OpenDeadlinesBeyond21Tests {

    private static ChildRecord youngPerson() {
        return ChildRecords.child("REC2-E1", "Test", "Leaver", LocalDate.of(2004, 5, 10), "F")
                .episode(new CareEpisode(LocalDate.of(2020, 1, 6), "S", "C2", "N1", "U6", "PR1",
                        LocalDate.of(2022, 5, 10), "E17", null, null, null, null))
                .contact(new CareLeaverContact(LocalDate.of(2025, 4, 20), "YES", "F1", "S1", true, false, null)).build();
    }

    @Test
    void supportTo25KeepsTheAdvisersContactOnTheList() {
        var today = LocalDate.of(2025, 7, 1);
        var to25 = OpenDeadlines.of(youngPerson(), today, null, TimescaleSettings.defaults(), LocalDate.of(2029, 5, 10));
        assertThat(to25.items()).filteredOn(i -> i.rule() == DeadlineRule.PA_CONTACT).extracting(DueItem::due)
                .containsExactly(LocalDate.of(2025, 6, 20));
        assertThat(to25.items()).filteredOn(i -> i.rule() == DeadlineRule.PATHWAY_PLAN_REVIEW).extracting(DueItem::due)
                .containsExactly(LocalDate.of(2025, 10, 20));

        var to21 = OpenDeadlines.of(youngPerson(), today, null, TimescaleSettings.defaults(), LocalDate.of(2025, 5, 10));
        assertThat(to21.items()).noneMatch(i -> i.rule() == DeadlineRule.PA_CONTACT
                || i.rule() == DeadlineRule.PATHWAY_PLAN_REVIEW);
    }
}
