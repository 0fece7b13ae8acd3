package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.returns.TestChild.child;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent.Kind;

/** Hand-worked derivations at the edges of the collection year 2024-25 (year 2025) unless a case says otherwise. */
class Ssda903DerivationTests {

    static Ssda903Return derive(int year, ChildRecord... children) {
        return Ssda903Derivation.derive(List.of(children), year, 0);
    }

    static List<String> rows(Ssda903Return ret, Ssda903Table table) {
        return ret.rows(table).stream().map(r -> String.join(",", r.values())).toList();
    }

    @ParameterizedTest(name = "DOMAIN §1.2 Episodes: {0} to {1} -> {2}")
    @CsvSource(nullValues = "none", textBlock = """
            # started,   ceased,     written as (blank: not in the return)
            2023-01-01, 2024-03-31, none
            2023-01-01, 2024-04-01, 'C1,01/01/2023,S,C2,N1,U4,PR1,01/04/2024,E4A,CARPL,LE1 1AA,LE2 2BB,'
            2024-06-01, 2025-03-31, 'C1,01/06/2024,S,C2,N1,U4,PR1,31/03/2025,E4A,CARPL,LE1 1AA,LE2 2BB,'
            2024-06-01, 2025-04-01, 'C1,01/06/2024,S,C2,N1,U4,PR1,,,,LE1 1AA,LE2 2BB,'
            2025-03-31, none,       'C1,31/03/2025,S,C2,N1,U4,PR1,,,,LE1 1AA,LE2 2BB,'
            2025-04-01, none,       none
            """)
    void episodesInTheYearAsAt31March(String from, String to, String expected) {
        var ret = derive(2025, child("C1", "2012-06-15").episode(from, to, "S", "E4A").build());
        assertThat(rows(ret, Ssda903Table.EPISODES)).isEqualTo(expected == null ? List.of() : List.of(expected));
        assertThat(ret.rows(Ssda903Table.HEADER)).hasSize(expected == null ? 0 : 1);
    }

    @ParameterizedTest(name = "DOMAIN §1.3 SEX in {0}: {1} -> ''{2}''")
    @CsvSource(textBlock = """
            2024, M, 1
            2024, F, 2
            2024, U, ''
            2025, M, M
            2025, F, F
            2025, U, U
            """)
    void sexCodesChangeIn2024To25(int year, String sex, String expected) {
        var ret = derive(year, child("C1", "2012-06-15").sex(sex).uascUntil("ongoing")
                .episode("2020-01-01", null, "S", null).build());
        assertThat(ret.rows(Ssda903Table.HEADER).get(0).get("SEX")).isEqualTo(expected);
        assertThat(ret.rows(Ssda903Table.UASC).get(0).get("SEX")).isEqualTo(expected);
    }

    @Test
    @DisplayName("DOMAIN §1.3 Header: MOTHER only for girls, as recorded; short-break children are in Header")
    void headerMotherAndShortBreaks() {
        var ret = derive(2025,
                child("A", "2008-01-01").sex("F").mother(true).episode("2020-01-01", null, "S", null).build(),
                child("B", "2008-01-01").sex("F").episode("2020-01-01", null, "S", null).build(),
                child("C", "2008-01-01").sex("M").mother(false).episode("2020-01-01", null, "S", null).build(),
                child("D", "2015-01-01").episode("2024-05-01", "2024-05-04", "S", "V3", "U6", "E4A").build());
        assertThat(rows(ret, Ssda903Table.HEADER)).containsExactly(
                "A,F,01/01/2008,WBRI,A123456789012,1,",
                "B,F,01/01/2008,WBRI,A123456789012,,",
                "C,M,01/01/2008,WBRI,A123456789012,,",
                "D,M,01/01/2015,WBRI,A123456789012,,");
    }

    @Test
    @DisplayName("DOMAIN §1.3 Header MOTHER, MC_DOB: for girls looked after in the year, as at their last day in care"
            + " (rules 393, 399, 625, 628)")
    void motherWhileLookedAfter() {
        var ret = derive(2025,
                child("E", "2008-01-01").sex("F").mother(false).episode("2020-01-01", null, "S", null).build(),
                child("F", "2007-01-01").sex("F").motherOf("2024-10-01").episode("2020-01-01", null, "S", null).build(),
                child("G", "2007-01-01").sex("F").motherOf("2025-02-01").episode("2020-01-01", "2025-01-15", "S", "E4A").build(),
                child("H", "2007-01-01").sex("F").motherOf("2025-01-15").episode("2020-01-01", "2025-01-15", "S", "E4A").build(),
                child("I", "2007-01-01").sex("F").motherOf("2025-04-01").episode("2020-01-01", null, "S", null).build(),
                child("J", "2012-01-01").sex("F").mother(false).episode("2024-05-01", "2024-05-04", "S", "V3", "U6", "E4A").build(),
                child("K", "2005-09-20").sex("F").mother(false).episode("2019-01-01", "2023-09-20", "S", "E17")
                        .contact("2024-09-20", "YES", "F2", "D1").build());
        assertThat(rows(ret, Ssda903Table.HEADER)).extracting(r -> r.substring(0, 1) + r.substring(r.indexOf("A123456789012") + 13))
                .containsExactly("E,0,", "F,1,01/10/2024", "G,0,", "H,1,15/01/2025", "I,0,", "J,,", "K,,");
    }

    @ParameterizedTest(name = "MEASURES §4 OC2 cohort: care started {0} -> in cohort {1}")
    @CsvSource(textBlock = """
            2024-03-31, true
            2024-04-01, true
            2024-04-02, false
            2025-03-30, false
            """)
    void oc2CohortStartsAtTwelveMonths(String started, boolean inCohort) {
        var ret = derive(2025, child("C1", "2014-06-15").episode(started, null, "S", null).build());
        assertThat(ret.rows(Ssda903Table.OC2)).hasSize(inCohort ? 1 : 0);
    }

    @Test
    @DisplayName("MEASURES §4: a period ending in the year, care ending on 31 March, a gap after X1, or a short break breaks continuity")
    void oc2CohortExclusions() {
        var ret = derive(2025,
                child("ENDS_31_MARCH", "2014-06-15").episode("2020-01-01", "2025-03-31", "S", "E4A").build(),
                child("LEFT_AND_CAME_BACK", "2014-06-15").episode("2020-01-01", "2024-08-01", "S", "E4A")
                        .episode("2024-09-01", null, "S", null).build(),
                child("SHORT_BREAK", "2014-06-15").episode("2020-01-01", null, "S", null)
                        .episode("2024-06-01", "2024-06-03", "S", "V3", "U6", "E4A").build(),
                child("X1_CHAIN", "2014-06-15").episode("2020-01-01", "2024-08-01", "S", "X1")
                        .episode("2024-08-01", null, "P", null).build(),
                child("X1_THEN_GAP", "2014-06-15").episode("2020-01-01", "2024-08-01", "S", "X1")
                        .episode("2024-08-05", null, "P", null).build());
        assertThat(ret.rows(Ssda903Table.OC2)).extracting(Ssda903Row::child).containsExactly("X1_CHAIN");
    }

    @ParameterizedTest(name = "DOMAIN §1.3 OC2 ages: born {0} -> CONVICTED ''{1}'', HEALTH_CHECK ''{2}'', SDQ ''{3}''")
    @CsvSource(textBlock = """
            # born on,  convicted, health check, sdq score (3 at end: rule 188; 17 at start: rule 189)
            2021-04-01, '',        1,            ''
            2021-03-31, '',        1,            12
            2020-03-31, '',        '',           12
            2015-04-01, '',        '',           12
            2015-03-31, 1,         '',           12
            2007-04-02, 1,         '',           12
            2007-04-01, 1,         '',           ''
            """)
    void oc2AgeBlanks(String born, String convicted, String healthCheck, String sdq) {
        var ret = derive(2025, child("C1", born).episode("2024-01-01", null, "S", null)
                .health(Kind.CONVICTION, "2024-07-01", null)
                .health(Kind.DEVELOPMENT_CHECK_STATUS, "2024-02-01", "1")
                .health(Kind.SDQ_SCORE, "2024-05-01", "20")
                .health(Kind.SDQ_SCORE, "2025-03-01", "12")
                .health(Kind.SDQ_NOT_COMPLETED, "2025-03-10", "SDQ4").build());
        var oc2 = ret.rows(Ssda903Table.OC2).get(0);
        assertThat(oc2.get("CONVICTED")).isEqualTo(convicted);
        assertThat(oc2.get("HEALTH_CHECK")).isEqualTo(healthCheck);
        assertThat(oc2.get("SDQ_SCORE")).isEqualTo(sdq);
        assertThat(oc2.get("SDQ_REASON")).isEmpty();
    }

    @Test
    @DisplayName("DOMAIN §1.3 OC2 flags: events in the year, statuses on or before 31 March, no event is 0 (rule 191)")
    void oc2Flags() {
        var ret = derive(2025,
                child("ALL", "2012-06-15").episode("2020-01-01", null, "S", null)
                        .health(Kind.HEALTH_ASSESSMENT, "2024-04-01", null)
                        .health(Kind.DENTAL_CHECK, "2025-03-31", null)
                        .health(Kind.IMMUNISATION_STATUS, "2023-01-01", "1")
                        .health(Kind.SDQ_NOT_COMPLETED, "2024-10-01", "SDQ5").build(),
                child("NONE", "2012-06-15").episode("2020-01-01", null, "S", null)
                        .health(Kind.HEALTH_ASSESSMENT, "2024-03-31", null)
                        .health(Kind.DENTAL_CHECK, "2025-04-01", null)
                        .health(Kind.IMMUNISATION_STATUS, "2024-05-01", "1")
                        .health(Kind.IMMUNISATION_STATUS, "2025-01-01", "0")
                        .health(Kind.IMMUNISATION_STATUS, "2025-04-01", "1").build());
        assertThat(rows(ret, Ssda903Table.OC2)).containsExactly(
                "ALL,15/06/2012,,SDQ5,0,,1,1,1,0,,",
                "NONE,15/06/2012,,,0,,0,0,0,0,,");
    }

    @ParameterizedTest(name = "rules 158/159/192/193: misuse {0}, received {1}, refused {2} -> ''{3}'', ''{4}''")
    @CsvSource(textBlock = """
            false, false, false, '', ''
            false, true,  true,  '', ''
            true,  false, false, 0,  0
            true,  false, true,  0,  1
            true,  true,  true,  1,  ''
            """)
    void oc2Interventions(boolean misuse, boolean received, boolean refused, String expectedReceived,
            String expectedOffered) {
        var c = child("C1", "2010-06-15").episode("2020-01-01", null, "S", null);
        if (misuse) {
            c.health(Kind.SUBSTANCE_MISUSE, "2024-06-01", null);
        }
        if (received) {
            c.health(Kind.SUBSTANCE_INTERVENTION_RECEIVED, "2024-07-01", null);
        }
        if (refused) {
            c.health(Kind.SUBSTANCE_INTERVENTION_REFUSED, "2024-07-01", null);
        }
        var oc2 = derive(2025, c.build()).rows(Ssda903Table.OC2).get(0);
        assertThat(oc2.get("SUBSTANCE_MISUSE")).isEqualTo(misuse ? "1" : "0");
        assertThat(oc2.get("INTERVENTION_RECEIVED")).isEqualTo(expectedReceived);
        assertThat(oc2.get("INTERVENTION_OFFERED")).isEqualTo(expectedOffered);
    }

    /** Looked after from 14 to 16½: a relevant child, then a former relevant young person (§3.3). */
    static TestChild careLeaver(String id, String born) {
        var dob = TestChild.date(born);
        return child(id, born).episode(dob.plusYears(14).toString(), dob.plusYears(16).plusMonths(6).toString(), "S", "E5");
    }

    @ParameterizedTest(name = "DOMAIN §2.7 OC3: born {0} -> ''{1}''")
    @CsvSource(textBlock = """
            # born,     OC3 row,                in Header (care left at 16½ may still be in the year)
            # 17th birthday on 31 March 2025 is in the year, on 1 April 2025 is not
            2008-03-31, 'C1,31/03/2008,NO,0,0', 1
            2008-04-01, '',                     1
            # 21st birthday on 1 April 2024 (first day of the year); 22nd on 31 March 2025 needs a YES contact
            2003-04-01, 'C1,01/04/2003,NO,0,0', 1
            2003-03-31, '',                     0
            # 26 at 31 March: out of scope
            1999-03-31, '',                     0
            """)
    void oc3BirthdaysInTheYear(String born, String expected, int inHeader) {
        var ret = derive(2025, careLeaver("C1", born).build());
        assertThat(rows(ret, Ssda903Table.OC3)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        assertThat(ret.rows(Ssda903Table.HEADER)).hasSize(inHeader);
    }

    @ParameterizedTest(name = "DOMAIN §2.7 OC3 contact window (3 months before, 1 month after; UNCONFIRMED): contact {0} -> {1}")
    @CsvSource(textBlock = """
            # 19th birthday 15 August 2024
            2024-05-15, YES
            2024-05-14, NO
            2024-09-15, YES
            2024-09-16, NO
            """)
    void oc3ContactWindow(String contactOn, String inTouch) {
        var ret = derive(2025, careLeaver("C1", "2005-08-15").contact(contactOn, "YES", "F1", "U1").build());
        assertThat(ret.rows(Ssda903Table.OC3).get(0).get("IN_TOUCH")).isEqualTo(inTouch);
    }

    @Test
    @DisplayName("DOMAIN §2.7 OC3: the contact nearest the birthday wins; 22-25 only when in touch, latest contact")
    void oc3NearestAndOlder() {
        var ret = derive(2025,
                careLeaver("A", "2005-08-15").contact("2024-06-01", "YES", "F1", "U1")
                        .contact("2024-08-25", "YES", "G5", "D2").contact("2024-08-01", "NO", "0", "0").build(),
                careLeaver("B", "2001-08-15").contact("2024-06-01", "YES", "F5", "U1")
                        .contact("2024-12-01", "YES", "P5", "B1").contact("2025-02-01", "NO", "0", "0").build(),
                careLeaver("C", "2001-08-15").contact("2024-06-01", "REFU", "0", "0").build());
        assertThat(rows(ret, Ssda903Table.OC3)).containsExactly("A,15/08/2005,YES,G5,D2", "B,15/08/2001,YES,P5,B1");
    }

    @Test
    @DisplayName("DOMAIN §2.7 OC3 exclusions: still looked after, died, transferred, adopted, 13 weeks not met; leaving on the birthday is in")
    void oc3Exclusions() {
        var ret = derive(2025,
                child("STILL_IN_CARE", "2006-08-15").episode("2020-08-15", null, "S", null).build(),
                child("LEFT_ON_18TH", "2006-08-15").episode("2020-08-15", "2024-08-15", "S", "E17").build(),
                child("TRANSFERRED", "2006-08-15").episode("2020-08-15", "2023-08-15", "S", "E3").build(),
                child("TOO_SHORT", "2006-08-15").episode("2022-08-15", "2022-11-13", "S", "E4A").build(),
                child("JUST_13_WEEKS", "2006-08-15").episode("2022-08-15", "2022-11-14", "S", "E4A").build(),
                child("BEFORE_14", "2006-08-15").episode("2018-08-15", "2020-08-14", "S", "E4A").build());
        assertThat(ret.rows(Ssda903Table.OC3)).extracting(Ssda903Row::child)
                .containsExactly("JUST_13_WEEKS", "LEFT_ON_18TH");
    }

    @ParameterizedTest(name = "DOMAIN §1.3 Missing: {0} to {1} -> ''{2}''")
    @CsvSource(nullValues = "none", textBlock = """
            2024-03-30, 2024-04-03, 'C1,15/06/2012,M,30/03/2024,03/04/2024'
            2024-03-30, none,       'C1,15/06/2012,M,30/03/2024,'
            2024-03-30, 2024-03-31, ''
            2025-03-30, 2025-04-02, 'C1,15/06/2012,M,30/03/2025,'
            2025-04-01, none,       ''
            """)
    void missingOpenAcross1April(String from, String to, String expected) {
        var ret = derive(2025, child("C1", "2012-06-15").episode("2020-01-01", null, "S", null)
                .missing("M", from, to).build());
        assertThat(rows(ret, Ssda903Table.MISSING)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "DOMAIN §1.2: SWEpisodes from 2024, DoLo from 2027; year {0}")
    @CsvSource(textBlock = """
            2023, 0, 0
            2024, 2, 0
            2026, 2, 0
            2027, 2, 1
            """)
    void tablesOnlyInTheirYears(int year, int swRows, int doloRows) {
        String start = (year - 1) + "-04-01";
        var ret = derive(year, child("C1", "2012-06-15").episode("2020-01-01", null, "S", null)
                .socialWorker("SW1", "2019-01-01", (year - 1) + "-09-01", "LEFTRL")
                .socialWorker("SW2", (year - 1) + "-09-01", null, null)
                .socialWorker("SW0", "2015-01-01", "2019-01-01", "MANAGE")
                .deprivationOfLiberty(start, null).build());
        assertThat(ret.rows(Ssda903Table.SW_EPISODES)).hasSize(swRows);
        assertThat(ret.rows(Ssda903Table.DOLO)).hasSize(doloRows);
    }

    @Test
    @DisplayName("DOMAIN §1.3 SWEpisodes: an end after 31 March is not yet known, but why the episode began is"
            + " (rules SW01b, SW16c); only children looked after at 31 March")
    void socialWorkerEpisodesAsAt31March() {
        var ret = derive(2025,
                child("A", "2012-06-15").episode("2020-01-01", null, "S", null)
                        .socialWorker("SW1", "2024-01-01", "2024-06-01", "FCONTA")
                        .socialWorker("SW2", "2024-06-01", "2025-04-02", "LEFTRL").build(),
                child("B", "2012-06-15").episode("2020-01-01", "2025-03-31", "S", "E4A")
                        .socialWorker("SW1", "2024-01-01", null, "FCONTA").build());
        assertThat(rows(ret, Ssda903Table.SW_EPISODES)).containsExactly(
                "A,15/06/2012,SW1,01/01/2024,01/06/2024,FCONTA",
                "A,15/06/2012,SW2,01/06/2024,,LEFTRL");
    }

    @Test
    @DisplayName("DOMAIN §1.2 AD1, PlacedAdoption, PrevPerm: adopted in the year, decisions by 31 March, starts in the year")
    void adoptionAndPermanence() {
        var ret = derive(2025,
                child("A", "2020-06-15").episode("2022-01-01", "2024-10-01", "S", "X1")
                        .episode("2024-10-01", "2025-02-01", "P", "C2", "A5", "E12")
                        .adoption("2023-05-01", "2024-08-01")
                        .adoptionDecision("2023-05-01", null, null)
                        .adoptionDecision("2022-06-01", "2025-04-03", "RD1")
                        .adoptionDecision("2025-04-02", null, null).build(),
                child("B", "2020-06-15").episode("2024-04-01", null, "S", null).previousPermanence("P2")
                        .adoption("2024-05-01", null).build(),
                child("C", "2020-06-15").episode("2024-03-31", null, "S", null).previousPermanence("P1").build());
        assertThat(rows(ret, Ssda903Table.AD1)).containsExactly("A,15/06/2020,01/05/2023,01/08/2024,1,2,MF,L11");
        assertThat(rows(ret, Ssda903Table.PLACED_ADOPTION)).containsExactly(
                "A,15/06/2020,01/06/2022,,", "A,15/06/2020,01/05/2023,,");
        assertThat(rows(ret, Ssda903Table.PREV_PERM)).containsExactly("B,15/06/2020,P2,855,zz/zz/2015");
    }

    @Test
    @DisplayName("DOMAIN §1.2 UASC: DUC blank while ongoing or ceased after 31 March; none when the status ceased"
            + " before 1 April (rule 303) or for a care leaver not looked after in the year (rule 1014)")
    void uascCeased() {
        var ret = derive(2025,
                child("A", "2008-06-15").uascUntil("2024-12-01").episode("2020-01-01", null, "S", null).build(),
                child("B", "2008-06-15").uascUntil("2025-04-01").episode("2020-01-01", null, "S", null).build(),
                child("C", "2008-06-15").uascUntil("ongoing").episode("2020-01-01", null, "S", null).build(),
                child("D", "2008-06-15").episode("2020-01-01", null, "S", null).build(),
                child("E", "2006-06-15").uascUntil("2024-03-31").episode("2020-01-01", null, "S", null).build(),
                child("F", "2006-06-15").uascUntil("2024-04-01").episode("2020-01-01", null, "S", null).build(),
                child("G", "2005-09-20").uascUntil("2023-09-20").episode("2019-01-01", "2023-09-20", "S", "E17")
                        .contact("2024-09-20", "YES", "F2", "D1").build());
        assertThat(rows(ret, Ssda903Table.UASC)).containsExactly(
                "A,M,15/06/2008,01/12/2024", "B,M,15/06/2008,", "C,M,15/06/2008,", "F,M,15/06/2006,01/04/2024");
        assertThat(rows(ret, Ssda903Table.OC3)).containsExactly("G,20/09/2005,YES,F2,D1");
    }

    @Test
    @DisplayName("DOMAIN §1.2 PlacedAdoption: decisions in force in the year, for children looked after in it"
            + " (rules 118, 1012)")
    void placedForAdoptionInTheYear() {
        var ret = derive(2025,
                child("A", "2020-06-15").episode("2021-01-01", null, "S", null)
                        .adoptionDecision("2021-06-01", "2024-03-31", "RD1")
                        .adoptionDecision("2022-06-01", "2024-04-01", "RD3")
                        .adoptionDecision("2024-05-01", null, null).build(),
                child("B", "2005-09-20").episode("2006-01-01", "2023-09-20", "S", "E17")
                        .adoptionDecision("2006-06-01", "2008-01-01", "RD3")
                        .contact("2024-09-20", "YES", "F2", "D1").build());
        assertThat(rows(ret, Ssda903Table.PLACED_ADOPTION)).containsExactly(
                "A,15/06/2020,01/06/2022,01/04/2024,RD3", "A,15/06/2020,01/05/2024,,");
    }

    @Test
    @DisplayName("--history K adds the episodes, reviews and missing periods of the K previous years")
    void historyYears() {
        var c = child("A", "2012-06-15").episode("2022-05-01", "2023-03-01", "S", "E4A")
                .review("2022-06-01", "PN1").missing("M", "2022-07-01", "2022-07-02")
                .episode("2024-05-01", null, "S", null).review("2024-06-01", "PN1").build();
        var now = Ssda903Derivation.derive(List.of(c), 2025, 0);
        var withHistory = Ssda903Derivation.derive(List.of(c), 2025, 2);
        assertThat(now.rows(Ssda903Table.EPISODES)).hasSize(1);
        assertThat(now.rows(Ssda903Table.REVIEWS)).hasSize(1);
        assertThat(now.rows(Ssda903Table.MISSING)).isEmpty();
        assertThat(withHistory.rows(Ssda903Table.EPISODES)).extracting(r -> r.get("DECOM"))
                .containsExactly("01/05/2022", "01/05/2024");
        assertThat(withHistory.rows(Ssda903Table.REVIEWS)).hasSize(2);
        assertThat(withHistory.rows(Ssda903Table.MISSING)).hasSize(1);
        assertThat(Ssda903Derivation.derive(List.of(c), 2025, 1).rows(Ssda903Table.EPISODES)).hasSize(1);
    }

    @Test
    @DisplayName("Rows are sorted by CHILD, then by the table's date, whatever the order of the record")
    void deterministicOrder() {
        var b = child("B", "2012-06-15").episode("2024-08-01", null, "P", null)
                .episode("2024-05-01", "2024-08-01", "S", "X1")
                .review("2025-01-01", "PN1").review("2024-06-01", "PN6").review("2024-06-01", "PN2").build();
        var a = child("A", "2012-06-15").episode("2020-01-01", null, "S", null).build();
        var ret = Ssda903Derivation.derive(List.of(b, a), 2025, 0);
        assertThat(ret.rows(Ssda903Table.EPISODES)).extracting(r -> r.child() + r.get("DECOM"))
                .containsExactly("A01/01/2020", "B01/05/2024", "B01/08/2024");
        assertThat(ret.rows(Ssda903Table.REVIEWS)).extracting(r -> r.get("REVIEW") + r.get("REVIEW_CODE"))
                .containsExactly("01/06/2024PN2", "01/06/2024PN6", "01/01/2025PN1");
        assertThat(Arrays.asList(Ssda903Derivation.derive(List.of(a, b), 2025, 0).rows(Ssda903Table.REVIEWS).toArray()))
                .isEqualTo(ret.rows(Ssda903Table.REVIEWS));
    }
}
