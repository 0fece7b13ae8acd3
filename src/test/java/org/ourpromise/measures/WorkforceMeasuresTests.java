package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;

/**
 * The workforce measures (issue 10), worked by hand for the year 1 April 2025 to 31 March 2026 and the next.
 *
 * <p>Staff: Ann (social worker, full time), Ben (social worker, half time: 0.5), Cat (social worker through an agency,
 * started mid-year on 1 October 2025), Dan (social worker, starts 1 April 2026: not in post on 31 March), Eve (social
 * worker whose last day is 31 March 2026: in post that day), Fay (personal adviser, half time) and Gus (team manager,
 * agency). SWX holds a case but is not in the directory: counted as full time.
 *
 * <p>Children: C1 with Ann, then Ben from 1 June 2025, then Cat from 1 October 2025 (two changes in the year); C2 with
 * Ann all year; C3 with Ben, handed over to Ann on 31 March 2026 (a change in the year ending that day); C4 with Ann,
 * handed over to Eve on 1 April 2026 (a change in the next year); C5 with SWX and Fay as personal adviser; C6 with Ben.
 *
 * <p>On 31 March 2026: social workers' children C1 (Cat), C2, C3, C4 (Ann), C5 (SWX), C6 (Ben) = 6; the social workers
 * are those allocated (Ann, Ben, Cat, SWX) and those in post (Ann, Ben, Cat, Eve): 1 + 0.5 + 1 + 1 + 1 = 4.5 FTE, so
 * 6 / 4.5 = 1.33, 1.3 per full-time social worker; Ben alone 1 / 0.5 = 2.0. Personal advisers: C5 over Fay's 0.5 =
 * 2.0. In post: Ann, Ben, Cat, Eve, Fay, Gus = 6, of whom Cat and Gus through an agency: 2 / 6 = 33.3%. Changes: C1 2,
 * C3 1 over the 6 children with a social worker in the year: 3 / 6 = 0.5.
 */
class WorkforceMeasuresTests {

    private static final MeasurePeriod YEAR = new MeasurePeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
    private static final MeasurePeriod NEXT = new MeasurePeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));

    private static Workforce.Worker worker(String id, String name, Allocation.@Nullable Role role, boolean agency,
            String fte, String from, @Nullable String to) {
        return new Workforce.Worker(id, name, "Team A", role, agency, new BigDecimal(fte), LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    private static final Workforce STAFF = new Workforce(List.of(
            worker("SW1", "Ann", Allocation.Role.SOCIAL_WORKER, false, "1.00", "2020-01-01", null),
            worker("SW2", "Ben", Allocation.Role.SOCIAL_WORKER, false, "0.50", "2020-01-01", null),
            worker("SW3", "Cat", Allocation.Role.SOCIAL_WORKER, true, "1.00", "2025-10-01", null),
            worker("SW4", "Dan", Allocation.Role.SOCIAL_WORKER, false, "1.00", "2026-04-01", null),
            worker("SW5", "Eve", Allocation.Role.SOCIAL_WORKER, false, "1.00", "2019-01-01", "2026-03-31"),
            worker("PA1", "Fay", Allocation.Role.PERSONAL_ADVISER, false, "0.50", "2020-01-01", null),
            worker("TM1", "Gus", null, true, "1.00", "2020-01-01", null)));

    private static final List<ChildRecord> CHILDREN = List.of(
            LocalChild.called("C1").inCareFrom("2024-01-01").socialWorker("SW1", "A", "2024-01-01", "2025-06-01")
                    .socialWorker("SW2", "A", "2025-06-01", "2025-10-01").socialWorker("SW3", "A", "2025-10-01", "").build(),
            LocalChild.called("C2").inCareFrom("2025-01-01").socialWorker("SW1", "A", "2025-01-01", "").build(),
            LocalChild.called("C3").inCareFrom("2024-05-01").socialWorker("SW2", "A", "2024-05-01", "2026-03-31")
                    .socialWorker("SW1", "A", "2026-03-31", "").build(),
            LocalChild.called("C4").inCareFrom("2024-05-01").socialWorker("SW1", "A", "2024-05-01", "2026-04-01")
                    .socialWorker("SW5", "A", "2026-04-01", "").build(),
            LocalChild.called("C5").inCareFrom("2024-05-01").socialWorker("SWX", "B", "2024-05-01", "")
                    .personalAdviser("PA1", "2025-01-01").build(),
            LocalChild.called("C6").inCareFrom("2025-01-01").socialWorker("SW2", "A", "2025-01-01", "").build());

    private static final WorkforceMeasures.Results RESULTS = WorkforceMeasures.compute(CHILDREN, STAFF, YEAR);

    @Test
    void childrenPerFullTimeSocialWorkerCountsAPartTimerAsHalfAndTheWorkerStartingMidYear() {
        var v = RESULTS.get(WorkforceMeasureCatalogue.CHILDREN_PER_SOCIAL_WORKER);
        assertThat(v.value()).isEqualByComparingTo("1.3");
        assertThat(v.numeratorChildren()).containsExactly("C1", "C2", "C3", "C4", "C5", "C6");
        var ben = RESULTS.caseloads().stream().filter(c -> c.workerId().equals("SW2")).findFirst().orElseThrow();
        assertThat(ben.children()).containsExactly("C6");
        assertThat(ben.perFte()).isEqualByComparingTo("2.0");
        assertThat(RESULTS.caseloads().stream().filter(c -> c.role() == Allocation.Role.SOCIAL_WORKER)
                .map(WorkforceMeasures.Caseload::name)).containsExactly("Ann", "Ben", "Cat", "Eve", "SWX");
    }

    @Test
    void youngPeoplePerFullTimePersonalAdviser() {
        assertThat(RESULTS.get(WorkforceMeasureCatalogue.YOUNG_PEOPLE_PER_ADVISER).value()).isEqualByComparingTo("2.0");
    }

    @Test
    void agencyShareIsByHeadOfStaffInPostOnTheLastDay() {
        var v = RESULTS.get(WorkforceMeasureCatalogue.AGENCY_STAFF);
        assertThat(v.numerator()).isEqualTo(2);
        assertThat(v.denominator()).isEqualTo(6);
        assertThat(v.value()).isEqualByComparingTo("33.3");
        assertThat(RESULTS.agency().stream().map(Workforce.Worker::name)).containsExactly("Cat", "Gus");
    }

    @Test
    void changesOfSocialWorkerCountTwoForAChildWithTwoAndTheHandOverOn31MarchInTheYearItEnds() {
        var v = RESULTS.get(WorkforceMeasureCatalogue.SOCIAL_WORKER_CHANGES);
        assertThat(RESULTS.changes()).containsExactly(java.util.Map.entry("C1", 2), java.util.Map.entry("C3", 1));
        assertThat(v.numerator()).isEqualTo(3);
        assertThat(v.denominator()).isEqualTo(6);
        assertThat(v.value()).isEqualByComparingTo("0.5");
    }

    @Test
    void aHandOverOn1AprilCountsInTheNextYear() {
        var next = WorkforceMeasures.compute(CHILDREN, STAFF, NEXT);
        assertThat(next.changes()).containsExactly(java.util.Map.entry("C4", 1));
        assertThat(next.get(WorkforceMeasureCatalogue.SOCIAL_WORKER_CHANGES).value()).isEqualByComparingTo("0.2");
        // Eve's last day was 31 March 2026 and Dan started on 1 April: 6 in post on 31 March 2027, still 2 agency
        assertThat(next.get(WorkforceMeasureCatalogue.AGENCY_STAFF).denominator()).isEqualTo(6);
    }

    @Test
    void theCatalogueIsAmongTheLocalMeasures() {
        assertThat(MeasureCatalogue.withLocalMeasures(2026).keys()).containsAll(WorkforceMeasureCatalogue.KEYS);
        assertThat(RESULTS.values().keySet()).containsExactlyElementsOf(WorkforceMeasureCatalogue.KEYS);
    }

    @Test
    void noStaffAndNoChildrenGiveNoFigureRatherThanNought() {
        var empty = WorkforceMeasures.compute(List.of(), new Workforce(List.of()), YEAR);
        for (var key : WorkforceMeasureCatalogue.KEYS) {
            assertThat(empty.get(key).value()).as(key).isNull();
        }
    }
}
