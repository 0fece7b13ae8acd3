package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.returns.TestChild.child;
import static org.ourpromise.returns.TestChild.date;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.Identity;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.record.Visit;

/** Ofsted ILACS Annex A lists 8 and 9 from the care record (DOMAIN.md §4, §3.3). */
class AnnexATests {

    /**
     * List 8 covers children in care at the as-at date and those who ceased in the 6 months before:
     * from the date 6 calendar months before (inclusive; 29 February when that month has one) to the
     * as-at date itself. Care known only after the as-at date does not count.
     */
    @ParameterizedTest(name = "as at {0}, care {1} to {2}: in List 8 {3}")
    @CsvSource({
            "2026-03-31, 2024-05-01,           , true",
            "2026-03-31, 2024-05-01, 2026-03-31, true",
            "2026-03-31, 2024-05-01, 2025-09-30, true",
            "2026-03-31, 2024-05-01, 2025-09-29, false",
            "2026-03-31, 2024-05-01, 2026-04-01, true",
            "2026-03-31, 2026-04-01,           , false",
            "2024-08-31, 2023-01-10, 2024-02-29, true",
            "2024-08-31, 2023-01-10, 2024-02-28, false",
            "2025-08-31, 2023-01-10, 2025-02-28, true",
            "2025-08-31, 2023-01-10, 2025-02-27, false",
    })
    @DisplayName("DOMAIN.md §4 List 8: in care at the as-at date, or ceased in the 6 months before")
    void listEightScope(String asAt, String from, String to, boolean listed) {
        var c = child("C1", "2012-01-01").episode(from, to, "S", "E13").build();
        assertThat(AnnexA.childrenInCare(List.of(c), date(asAt))).hasSize(listed ? 1 : 0);
    }

    @Test
    @DisplayName("DOMAIN.md §2: a child between short breaks (V4) is not in care for List 8")
    void shortBreaksAreNotCare() {
        var c = child("C1", "2012-01-01").episode("2025-01-01", null, "S", "V4", "R1", null).build();
        assertThat(AnnexA.childrenInCare(List.of(c), date("2026-03-31"))).isEmpty();
    }

    /** DOMAIN.md §3.3 at 31 March 2026; the 25th birthday ends former relevant status, 21st qualifying. */
    @ParameterizedTest(name = "{0}: born {1}, care {2} to {3}: {4}")
    @CsvSource({
            "eligible at 16 still in care,     2009-06-01, 2023-01-01,           , d) Eligible",
            "relevant: left at 17,             2008-06-01, 2022-06-01, 2025-12-01, a) Relevant",
            "former relevant aged 21,          2004-06-01, 2019-01-01, 2022-06-01, b) Former relevant",
            "former relevant: 25 tomorrow,     2001-04-01, 2016-01-01, 2019-04-01, b) Former relevant",
            "aged 25: no longer entitled,      2001-01-01, 2016-01-01, 2019-01-01, ",
            "qualifying: 4 weeks after 16,     2008-06-01, 2024-07-01, 2024-07-29, c) Qualifying",
            "qualifying until 21,              2005-04-01, 2021-07-01, 2021-07-29, c) Qualifying",
            "aged 21: no longer qualifying,    2005-03-31, 2021-07-01, 2021-07-29, ",
            "in care at 15: not yet,           2010-06-01, 2023-01-01,           , ",
    })
    void listNineCategories(String name, String dob, String from, String to, String expected) {
        var c = child("C1", dob).episode(from, to, "S", "E8").build();
        var rows = AnnexA.careLeavers(List.of(c), date("2026-03-31"));
        if (expected == null) {
            assertThat(rows).isEmpty();
        } else {
            assertThat(rows).singleElement().extracting(r -> r.get("Eligibility Category")).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("DOMAIN.md §3.3, §4: an eligible child of 16 still in care is on both lists")
    void anEligibleChildIsOnBothLists() {
        var c = child("C1", "2009-06-01").episode("2023-01-01", null, "S", null).build();
        assertThat(AnnexA.childrenInCare(List.of(c), date("2026-03-31"))).hasSize(1);
        assertThat(AnnexA.careLeavers(List.of(c), date("2026-03-31"))).hasSize(1);
    }

    /**
     * A hand-worked List 8 row as at 31 March 2026. Care: came into care 1 March 2025 (V2, P1 with
     * parents... then ceased 10 May 2025 home; back in care 1 August 2025 (C1, U4), legal status to C2 on
     * 1 October 2025 (L, same placement), moved 1 December 2025 (P) to a children's home K2 (C2): the
     * current period has 2 placements, the earlier period 1 more in the 12 months: 3.
     */
    @Test
    @DisplayName("DOMAIN.md §4 List 8: a hand-worked child, column by column")
    void aHandWorkedListEightRow() {
        var episodes = List.of(
                episode("2025-03-01", "2025-05-10", "S", "V2", "P1", "E1"),
                episode("2025-08-01", "2025-10-01", "S", "C1", "U4", "X1"),
                episode("2025-10-01", "2025-12-01", "L", "C2", "U4", "X1"),
                episode("2025-12-01", null, "P", "C2", "K2", null));
        var missing = List.of(
                new MissingEpisode("M", date("2025-03-20"), date("2025-03-21"), null, null, false),
                new MissingEpisode("A", date("2025-12-24"), date("2025-12-24").plusDays(1), null, null, false),
                new MissingEpisode("M", date("2026-01-05"), date("2026-01-06"), date("2026-01-07"), null, true),
                new MissingEpisode("M", date("2026-04-02"), null, null, null, false));
        var allocations = List.of(
                new Allocation(Allocation.Role.SOCIAL_WORKER, "SW00001", "Team A", date("2025-03-01"), date("2025-11-30"), "LEFTRL"),
                new Allocation(Allocation.Role.SOCIAL_WORKER, "SW00002", "Team B", date("2025-12-01"), null, null));
        var c = record("C7", "2010-02-28", "F", "MWBA", true, date("2025-06-30"), episodes, missing, allocations,
                List.of(new ReviewHeld(date("2025-04-10"), "PN1", null, null), new ReviewHeld(date("2025-10-20"), "PN1", null, null)),
                List.of(new Visit(date("2026-03-30"), "SW00002", true), new Visit(date("2026-04-01"), "SW00002", true)),
                List.of(new HealthEvent(HealthEvent.Kind.HEALTH_ASSESSMENT, date("2025-09-01"), null, false),
                        new HealthEvent(HealthEvent.Kind.DENTAL_CHECK, date("2025-02-01"), null, false)),
                List.of(), List.of());

        var row = AnnexA.childrenInCare(List.of(c), date("2026-03-31")).get(0);

        assertThat(row.list().columns()).hasSize(34);
        assertThat(row.values()).containsExactly(
                "C7", "b) Female", "g) MWBA", date("2010-02-28"), 16,
                "a) Yes", "a) Yes", date("2025-08-01"), "N1", "a) Yes",
                date("2025-10-01"), "C2", date("2025-10-20"), date("2026-03-30"), "", "",
                date("2025-09-01"), date("2025-02-01"), 3, "", "", date("2025-12-01"),
                "K2", "PR1", "LE2 2BB", "", "", "",
                1, 1, "a) Yes", "b) No", "Team B", "SW00002");
    }

    @Test
    @DisplayName("DOMAIN.md §4 List 8: a child who ceased is described by the period that ended")
    void aCeasedChild() {
        var c = child("C1", "2008-01-01").episode("2024-05-01", "2026-01-15", "S", "E13")
                .socialWorker("SW1", "2024-05-01", "2026-01-15", null).socialWorker("SW2", "2026-01-16", null, null).build();
        var row = AnnexA.childrenInCare(List.of(c), date("2026-03-31")).get(0);
        assertThat(row.get("Date Ceased to be Looked After")).isEqualTo(date("2026-01-15"));
        assertThat(row.get("Reason Ceased to be Looked After")).isEqualTo("E13");
        assertThat(row.get("Allocated Worker")).isEqualTo("SW1");
        assertThat(row.get("Was the Child Offered a Return Interview after the Last Missing Episode")).isEqualTo("");
    }

    /**
     * A hand-worked List 9 row at 31 March 2026: in touch on 1 February (F2, D1, pathway plan reviewed),
     * then not in touch on 20 March (NO, G5, B2): the latest contact gives the answers, the latest date
     * of contact is the last one in touch.
     */
    @Test
    @DisplayName("DOMAIN.md §4 List 9: a hand-worked care leaver, column by column")
    void aHandWorkedListNineRow() {
        var contacts = List.of(
                new CareLeaverContact(date("2026-02-01"), "YES", "F2", "D1", true, false, null),
                new CareLeaverContact(date("2026-03-20"), "NO", "G5", "B2", false, false, null),
                new CareLeaverContact(date("2026-04-10"), "YES", "F1", "U1", true, false, null));
        var allocations = List.of(
                new Allocation(Allocation.Role.SOCIAL_WORKER, "SW00001", "Team A", date("2019-01-01"), date("2022-06-01"), null),
                new Allocation(Allocation.Role.PERSONAL_ADVISER, "PA00009", "Leaving Care", date("2021-06-01"), null, null));
        var c = record("L1", "2004-06-01", "M", "WBRI", false, ChildRecord.UASC_ONGOING,
                List.of(episode("2019-01-01", "2022-06-01", "S", "C2", "U4", "E8")), List.of(), allocations,
                List.of(), List.of(), List.of(), contacts, List.of(new PlanEvent(PlanEvent.Kind.PATHWAY_PLAN, date("2025-11-01"))));

        var row = AnnexA.careLeavers(List.of(c), date("2026-03-31")).get(0);

        assertThat(row.values()).containsExactly("L1", "a) Male", "a) WBRI", date("2004-06-01"), 21, "a) Yes", "b) No",
                "Leaving Care", "", "PA00009", "b) Former relevant", date("2026-02-01"), "b) No", date("2026-02-01"),
                "B", "b) Unsuitable", "G5");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"WBRI, a) WBRI", "WIRT, c) WIRT", "AIND, j) AIND", "OOTH, r) OOTH", "REFU, s) REFU", "NOBT, t) NOBT",
            "XXXX, u) UNKNOWN"})
    @DisplayName("DOMAIN.md §4: Annex A ethnicity a) WBRI ... t) NOBT, u) UNKNOWN")
    void ethnicityLetters(String code, String expected) {
        var c = record("C1", "2012-01-01", "M", code, false, null,
                List.of(episode("2025-01-01", null, "S", "C2", "U4", null)), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertThat(AnnexA.childrenInCare(List.of(c), date("2026-03-31")).get(0).get("Ethnicity")).isEqualTo(expected);
    }

    static CareEpisode episode(String from, String to, String rne, String ls, String place, String rec) {
        return new CareEpisode(date(from), rne, ls, "N1", place, "PR1", date(to), rec, null, "LE1 1AA", "LE2 2BB", null);
    }

    static ChildRecord record(String id, String dob, String sex, String ethnicity, boolean disabled, LocalDate uascUntil,
            List<CareEpisode> episodes, List<MissingEpisode> missing, List<Allocation> allocations,
            List<ReviewHeld> reviews, List<Visit> visits, List<HealthEvent> health, List<CareLeaverContact> contacts,
            List<PlanEvent> plans) {
        var identity = new Identity("Sam", "Example", date(dob), sex, ethnicity, null, null, null, null, disabled);
        return ChildRecords.child(id, identity).uascUntil(uascUntil).episodes(episodes).reviews(reviews).health(health)
                .missing(missing).contacts(contacts).allocations(allocations).visits(visits).plans(plans).build();
    }
}
