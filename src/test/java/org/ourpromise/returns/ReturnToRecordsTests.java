package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.HealthEvent.Kind;

/** import-903: a return read back into records, with honest defaults for what the 903 does not carry. */
class ReturnToRecordsTests {

    static Ssda903Return ret(Object... tableAndRows) {
        Map<Ssda903Table, List<Ssda903Row>> tables = new EnumMap<>(Ssda903Table.class);
        for (int i = 0; i < tableAndRows.length; i += 2) {
            var table = (Ssda903Table) tableAndRows[i];
            var rows = ((List<?>) tableAndRows[i + 1]).stream()
                    .map(line -> Ssda903Row.of(table, ((String) line).split(",", -1))).toList();
            tables.put(table, rows);
        }
        return Ssda903Return.of(tables);
    }

    static final Ssda903Return RETURN_2025 = ret(
            Ssda903Table.HEADER, List.of(
                    "A,F,15/06/2012,WBRI,UN2,0,",
                    "B,M,20/09/2005,BAFR,,,",
                    "C,M,10/02/2008,BAFR,UN2,,"),
            Ssda903Table.UASC, List.of("C,M,10/02/2008,"),
            Ssda903Table.EPISODES, List.of(
                    "A,01/01/2020,S,C2,N1,U4,PR1,01/08/2024,X1,CARPL,LE1 1AA,,",
                    "A,01/08/2024,P,C2,N1,U6,PR4,,,,LE1 1AA,LE2 2BB,SC123456",
                    "C,01/09/2024,S,V2,N8,U6,PR1,,,,,LE3 3CC,SC654321"),
            Ssda903Table.OC2, List.of("A,15/06/2012,14,,1,,1,0,1,1,0,1"),
            Ssda903Table.OC3, List.of("B,20/09/2005,YES,F2,D1"),
            Ssda903Table.SW_EPISODES, List.of(
                    "A,15/06/2012,SW1,01/01/2024,01/06/2024,FCONTA",
                    "A,15/06/2012,SW2,01/06/2024,,LEFTRL"));

    @Test
    @DisplayName("Identity: no names, NHS number or disability in the 903; SEX, UPN, MOTHER as written")
    void identityDefaults() {
        var records = ReturnToRecords.toRecords(RETURN_2025, 2025);
        assertThat(records).extracting(ChildRecord::childId).containsExactly("A", "B", "C");
        var a = records.get(0).identity();
        assertThat(a.givenName()).isEmpty();
        assertThat(a.familyName()).isEmpty();
        assertThat(a.nhsNumber()).isNull();
        assertThat(a.sex()).isEqualTo("F");
        assertThat(a.upn()).isEqualTo("UN2");
        assertThat(a.mother()).isFalse();
        assertThat(records.get(1).identity().upn()).isNull();
        assertThat(records.get(1).identity().mother()).isNull();
        assertThat(records.get(1).uascUntil()).isNull();
        assertThat(records.get(2).uascUntil()).isEqualTo(ChildRecord.UASC_ONGOING);
    }

    @Test
    @DisplayName("OC2 answers become health events from the return, dated 31 March; a 0 for 'did it happen' is no event")
    void oc2AsHealthEvents() {
        var a = ReturnToRecords.toRecords(RETURN_2025, 2025).get(0);
        var march31 = LocalDate.of(2025, 3, 31);
        assertThat(a.health()).allSatisfy(h -> {
            assertThat(h.fromReturn()).isTrue();
            assertThat(h.date()).isEqualTo(march31);
        });
        assertThat(a.health()).extracting(HealthEvent::kind, HealthEvent::value).containsExactlyInAnyOrder(
                tuple(Kind.SDQ_SCORE, "14"), tuple(Kind.CONVICTION, null), tuple(Kind.IMMUNISATION_STATUS, "1"),
                tuple(Kind.HEALTH_ASSESSMENT, null), tuple(Kind.SUBSTANCE_MISUSE, null),
                tuple(Kind.SUBSTANCE_INTERVENTION_REFUSED, null));
    }

    @Test
    @DisplayName("OC3 becomes a contact from the return on the birthday it reports on (19th: 20 September 2024)")
    void oc3AsContactOnTheBirthday() {
        var b = ReturnToRecords.toRecords(RETURN_2025, 2025).get(1);
        assertThat(b.careLeaverContacts()).extracting(CareLeaverContact::date, CareLeaverContact::inTouch,
                CareLeaverContact::activity, CareLeaverContact::accommodation, CareLeaverContact::fromReturn)
                .containsExactly(tuple(LocalDate.of(2024, 9, 20), "YES", "F2", "D1", true));
    }

    @Test
    @DisplayName("Episodes, social-worker allocations: blanks are not recorded; the 903 names no team")
    void episodesAndAllocations() {
        var a = ReturnToRecords.toRecords(RETURN_2025, 2025).get(0);
        assertThat(a.episodes()).hasSize(2);
        assertThat(a.episodes().get(1).isOpen()).isTrue();
        assertThat(a.episodes().get(1).reasonCeased()).isNull();
        assertThat(a.episodes().get(0).placementPostcode()).isNull();
        assertThat(a.allocations()).extracting(Allocation::role, Allocation::workerId, Allocation::team,
                Allocation::to, Allocation::changeReason).containsExactly(
                        tuple(Allocation.Role.SOCIAL_WORKER, "SW1", "", LocalDate.of(2024, 6, 1), "FCONTA"),
                        tuple(Allocation.Role.SOCIAL_WORKER, "SW2", "", null, "LEFTRL"));
    }

    @Test
    @DisplayName("Round trip of a hand-written in-scope return, including a care leaver whose care is before the year and a UASC")
    void inScopeReturnComesBack() {
        var again = Ssda903Derivation.derive(ReturnToRecords.toRecords(RETURN_2025, 2025), 2025, 0);
        for (var table : Ssda903Table.values()) {
            assertThat(again.rows(table)).as(table.dfeName()).isEqualTo(RETURN_2025.rows(table));
        }
        assertThat(ReturnToRecords.differences(RETURN_2025, 2025).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("Out of DfE scope: rows that cannot come back are listed as lost, rows the derivation adds as added")
    void outOfScopeRowsAreListed() {
        var handMade = ret(
                Ssda903Table.HEADER, List.of(
                        "A,F,15/06/2012,WBRI,UN2,0,",
                        "NOTHING,M,15/06/2012,WBRI,,,"),
                Ssda903Table.EPISODES, List.of("A,01/01/2020,S,C2,N1,U4,PR1,,,,,,"),
                Ssda903Table.REVIEWS, List.of("A,15/06/2012,01/06/2024,PN1", "GHOST,15/06/2012,01/06/2024,PN1"),
                Ssda903Table.SW_EPISODES, List.of("A,15/06/2012,SW1,01/01/2024,,"));
        var differences = ReturnToRecords.differences(handMade, 2024);
        // Year 2024 is 2023-24: SEX is 1/2, and a review on 1 June 2024 is after 31 March.
        assertThat(differences.lost()).extracting(Ssda903Row::toString).containsExactly(
                "Header[A, F, 15/06/2012, WBRI, UN2, 0, ]",
                "Header[NOTHING, M, 15/06/2012, WBRI, , , ]",
                "Reviews[A, 15/06/2012, 01/06/2024, PN1]",
                "Reviews[GHOST, 15/06/2012, 01/06/2024, PN1]");
        assertThat(differences.added()).extracting(Ssda903Row::toString).containsExactly(
                "Header[A, 2, 15/06/2012, WBRI, UN2, 0, ]",
                "OC2[A, 15/06/2012, , , 0, , 0, 0, 0, 0, , ]");
    }
}
