package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.Visit;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.DueStatus;
import org.ourpromise.timescales.TimescaleSettings;

/** Duties that can no longer be met leave the lists and show as missed, while the engine still counts them. */
class LapsedDutiesTests {

    private static final LocalDate AS_AT = LocalDate.of(2026, 11, 22);

    @Test
    void whatWasDueWhileInCareLapsesWhenTheChildLeaves() {
        // in care for eight weeks in 2015, nothing recorded: every in-care deadline of that period was missed
        var child = ChildRecords.child("L1", "Left", "Care", LocalDate.of(2008, 4, 1), "M")
                .episode(new CareEpisode(LocalDate.of(2015, 1, 5), "S", "V2", "N1", "U1", "PR1",
                        LocalDate.of(2015, 3, 2), "E4A", null, null, null, null)).build();
        var all = DeadlineEngine.englandAndWales().dueItems(child, AS_AT, TimescaleSettings.defaults());
        assertThat(all).anyMatch(i -> i.status() == DueStatus.OVERDUE);
        var open = OpenDeadlines.of(child, AS_AT, null, TimescaleSettings.defaults());
        assertThat(open.items()).isEmpty();
        assertThat(open.missed()).isNotEmpty().allMatch(i -> i.status() == DueStatus.OVERDUE)
                .allMatch(i -> !i.due().isAfter(LocalDate.of(2015, 12, 31)));
    }

    @Test
    void aCareLeaversPathwayPlanAndContactsLapseWithTheDuty() {
        // left care at 18 on 10 January 2019 (E17); no contact since; 25 on 10 January 2026
        var leaver = ChildRecords.child("L2", "Care", "Leaver", LocalDate.of(2001, 1, 10), "F")
                .episode(new CareEpisode(LocalDate.of(2016, 6, 1), "S", "C2", "N1", "U4", "PR1",
                        LocalDate.of(2019, 1, 10), "E17", null, null, null, null)).build();
        var all = DeadlineEngine.englandAndWales().dueItems(leaver, AS_AT, TimescaleSettings.defaults());
        assertThat(all).anyMatch(i -> (i.rule() == DeadlineRule.PATHWAY_PLAN_REVIEW || i.rule() == DeadlineRule.PA_CONTACT)
                && i.status() == DueStatus.OVERDUE);
        // the duty ended on her 21st birthday, 10 January 2022 (no entitlement beyond 21 recorded)
        var open = OpenDeadlines.of(leaver, AS_AT, null, TimescaleSettings.defaults(), LocalDate.of(2022, 1, 10));
        assertThat(open.items()).noneMatch(i -> i.rule() == DeadlineRule.PATHWAY_PLAN_REVIEW
                || i.rule() == DeadlineRule.PA_CONTACT);
        assertThat(open.missed()).anyMatch(i -> i.rule() == DeadlineRule.PATHWAY_PLAN_REVIEW
                || i.rule() == DeadlineRule.PA_CONTACT);
        // while the duty lasts (to 25 on request, ends 10 January 2026, checked the day before), they are work
        var owed = OpenDeadlines.of(leaver, LocalDate.of(2026, 1, 9), null, TimescaleSettings.defaults(),
                LocalDate.of(2026, 1, 10));
        assertThat(owed.items()).anyMatch(i -> i.rule() == DeadlineRule.PATHWAY_PLAN_REVIEW
                || i.rule() == DeadlineRule.PA_CONTACT);
    }

    @Test
    void aMissedVisitIsNoLongerWorkOnceALaterVisitRestartedTheClock() {
        var start = LocalDate.of(2025, 1, 6);
        var child = ChildRecords.child("L3", "In", "Care", LocalDate.of(2012, 5, 5), "F")
                .episode(new CareEpisode(start, "S", "C2", "N1", "U1", "PR1", null, null, null, null, null, null))
                .visit(new Visit(LocalDate.of(2026, 10, 1), "SW001", true)).build();
        var open = OpenDeadlines.of(child, AS_AT, start, TimescaleSettings.defaults());
        var visitsOpen = open.items().stream().filter(i -> i.rule().name().startsWith("VISIT_")).toList();
        // one visit deadline is open, the one the 1 October 2026 visit started; none older
        assertThat(visitsOpen).allMatch(i -> !i.triggeredOn().isBefore(LocalDate.of(2026, 10, 1)));
    }
}
