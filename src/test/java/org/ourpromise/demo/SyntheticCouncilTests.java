package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.returns.UniquePupilNumber;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.NhsNumber;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;

class SyntheticCouncilTests {

    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    @Test
    void theSameSeedGivesTheSameCouncilAndAnotherSeedAnother() {
        assertThat(SyntheticCouncil.generate(300, 11, 2026, 2)).isEqualTo(SyntheticCouncil.generate(300, 11, 2026, 2));
        assertThat(SyntheticCouncil.generate(300, 11, 2026, 2)).isNotEqualTo(SyntheticCouncil.generate(300, 12, 2026, 2));
    }

    @Test
    @DisplayName("exactly the number of children asked for belong in the year's return (DOMAIN.md §1.1 coverage)")
    void exactChildCount() {
        for (int n : new int[] {10, 137, 2000}) {
            var records = SyntheticCouncil.generate(n, n, 2025, 3);
            assertThat(records.stream().filter(r -> SyntheticCouncil.inReturn(r, 2025)).count()).isEqualTo(n);
            assertThat(records).allMatch(r -> inSomeReturn(r, 2022, 2025));
            assertThat(records.stream().map(ChildRecord::childId).distinct().count()).isEqualTo(records.size());
        }
    }

    private static boolean inSomeReturn(ChildRecord r, int from, int to) {
        for (int y = from; y <= to; y++) {
            if (SyntheticCouncil.inReturn(r, y)) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 12)
    @Label("episode chains keep the 903 rules (DOMAIN.md §1.1, §1.3, §1.4.6)")
    void episodeChainsAreValid(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 10, max = 400) int children, @ForAll @IntRange(min = 2019, max = 2028) int year) {
        for (var r : SyntheticCouncil.generate(children, seed, year, 2)) {
            assertValidChain(r, Ssda903Dates.collectionEnd(year));
        }
    }

    static void assertValidChain(ChildRecord r, LocalDate asAt) {
        List<CareEpisode> eps = r.episodes();
        String cin = null;
        for (int i = 0; i < eps.size(); i++) {
            var e = eps.get(i);
            var previous = i == 0 ? null : eps.get(i - 1);
            boolean continues = previous != null && "X1".equals(previous.reasonCeased());
            assertThat(e.started()).as("%s episode %d", r.childId(), i).isBefore(asAt.plusDays(1));
            if (e.ceased() != null) {
                assertThat(e.ceased()).isAfter(e.started()).isBeforeOrEqualTo(asAt);
            } else {
                assertThat(i).as("%s: only the last episode may be open", r.childId()).isEqualTo(eps.size() - 1);
            }
            if (continues) {
                assertThat(e.started()).as("%s: contiguous", r.childId()).isEqualTo(previous.ceased());
                assertThat(e.reasonNewEpisode()).isIn("L", "P", "T", "B", "U");
                assertThat(e.categoryOfNeed()).as("CIN constant within a period").isEqualTo(cin);
            } else {
                assertThat(e.reasonNewEpisode()).as("%s: first episode of a period is S", r.childId()).isEqualTo("S");
                if (previous != null) {
                    assertThat(e.started()).as("%s: a new period starts after the last ended", r.childId()).isAfter(previous.ceased());
                }
                cin = e.categoryOfNeed();
            }
            if ("X1".equals(e.reasonCeased())) {
                assertThat(i + 1).as("%s: X1 only when another episode follows", r.childId()).isLessThan(eps.size());
                assertThat(eps.get(i + 1).started()).isEqualTo(e.ceased());
            }
            assertProvider(r, e);
            if (TEMPORARY.contains(e.placement())) {
                assertThat(continues).as("%s: a period does not start with a temporary placement", r.childId()).isTrue();
                assertThat(e.reasonPlacementChange()).isNull();
                if (e.ceased() != null) {
                    assertThat(e.reasonCeased()).as("%s: nor end with one", r.childId()).isEqualTo("X1");
                    var back = eps.get(i + 1);
                    int k = i - 1;
                    while (TEMPORARY.contains(eps.get(k).placement())) {
                        k--;
                    }
                    var normal = eps.get(k);
                    if (TEMPORARY.contains(back.placement())) {
                        continue;
                    }
                    assertThat(back.placement()).as("%s: return to the normal placement (rule 383)", r.childId())
                            .isEqualTo(normal.placement());
                    assertThat(back.placementPostcode()).isEqualTo(normal.placementPostcode());
                }
            } else if (e.ceased() != null && "X1".equals(e.reasonCeased())) {
                // A move into a temporary placement is not a placement change (rule 226 from 2025-26).
                boolean placementChanges = !eps.get(i + 1).reasonNewEpisode().equals("L")
                        && !TEMPORARY.contains(eps.get(i + 1).placement());
                assertThat(e.reasonPlacementChange() != null).as("%s: reason for a placement change on the ending episode",
                        r.childId()).isEqualTo(placementChanges);
            }
        }
    }

    private static void assertProvider(ChildRecord r, CareEpisode e) {
        if (TEMPORARY.contains(e.placement()) || e.placement().startsWith("Z")) {
            assertThat(e.provider()).isNull();
            assertThat(e.urn()).isNull();
        } else {
            assertThat(e.provider()).as("%s %s", r.childId(), e.placement()).isNotNull();
            assertThat(e.provider().equals("PR0")).isEqualTo(e.placement().equals("P1"));
        }
        if (e.urn() != null) {
            assertThat(e.urn()).matches("SC\\d{6}|\\d{7}");
        }
    }

    @Test
    @DisplayName("every code is valid in each collection year the episode covers (DOMAIN.md §1.6)")
    void codesAreValidForTheirYears() {
        var council = SyntheticCouncil.generate(3000, 5, 2027, 5);
        // the return is what must be valid: a placement open at the 2025-26 change is written K3 there
        for (int year = 2023; year <= 2027; year++) {
            for (var row : org.ourpromise.returns.Ssda903Derivation.derive(council, year, 0)
                    .rows(org.ourpromise.returns.Ssda903Table.EPISODES)) {
                assertThat(CodeList.PLACE.isValid(row.get("PLACE"), year)).as("%s %s in the %d return", row.child(),
                        row.get("PLACE"), year).isTrue();
            }
        }
        for (var r : council) {
            for (var e : r.episodes()) {
                LocalDate lastDay = e.ceased() == null ? Ssda903Dates.collectionEnd(2027) : e.ceased().minusDays(1);
                for (int y = Ssda903Dates.collectionYearOf(e.started()); y <= Ssda903Dates.collectionYearOf(lastDay); y++) {
                    assertThat(CodeList.LS.isValid(e.legalStatus(), y)).isTrue();
                    assertThat(CodeList.CIN.isValid(e.categoryOfNeed(), y)).isTrue();
                    assertThat(CodeList.RNE.isValid(e.reasonNewEpisode(), y)).isTrue();
                    if (e.provider() != null) {
                        assertThat(CodeList.PLACE_PROVIDER.isValid(e.provider(), y)).isTrue();
                    }
                    if (e.reasonCeased() != null) {
                        assertThat(CodeList.REC.isValid(e.reasonCeased(), y)).isTrue();
                    }
                    if (e.reasonPlacementChange() != null) {
                        assertThat(CodeList.REASON_PLACE_CHANGE.isValid(e.reasonPlacementChange(), y)).isTrue();
                    }
                }
            }
            assertThat(CodeList.ETHNIC.isValid(r.identity().ethnicity(), 2027)).isTrue();
            r.reviews().forEach(v -> assertThat(CodeList.REVIEW_CODE.isValid(v.participation(), 2027)).isTrue());
            r.missing().forEach(m -> assertThat(CodeList.MISSING.isValid(m.type(), 2027)).isTrue());
            r.careLeaverContacts().forEach(c -> {
                assertThat(CodeList.IN_TOUCH.isValid(c.inTouch(), 2027)).isTrue();
                assertThat(CodeList.ACTIV.isValid(c.activity(), 2027)).isTrue();
                assertThat(c.accommodation()).matches("0|[BCDEGHKRSTUVWXYZ][12]");
            });
            r.allocations().forEach(a -> {
                if (a.changeReason() != null) {
                    assertThat(CodeList.SW_REASON.isValid(a.changeReason(), 2027)).isTrue();
                }
            });
            r.adoptionDecisions().stream().filter(d -> d.reversalReason() != null)
                    .forEach(d -> assertThat(CodeList.REASON_PLACED_CEASED.isValid(d.reversalReason(), 2027)).isTrue());
            if (r.previousPermanence() != null) {
                assertThat(CodeList.PREV_PERM.isValid(r.previousPermanence().option(), 2027)).isTrue();
            }
            r.deprivationOfLiberty().forEach(d -> assertThat(d.started()).isAfterOrEqualTo(LocalDate.of(2026, 4, 1)));
        }
    }

    @Test
    void identifiersCarryValidCheckCharacters() {
        var records = SyntheticCouncil.generate(2000, 3, 2026, 0);
        for (var r : records) {
            var id = r.identity();
            if (id.nhsNumber() != null) {
                assertThat(NhsNumber.isValid(id.nhsNumber())).as(id.nhsNumber()).isTrue();
            }
            assertThat(id.upn()).isNotNull();
            if (!id.upn().startsWith("UN")) {
                assertThat(UniquePupilNumber.isValid(id.upn())).as(id.upn()).isTrue();
            } else {
                assertThat(CodeList.UPN_UNKNOWN.isValid(id.upn(), 2026)).isTrue();
            }
            r.episodes().stream().flatMap(e -> java.util.stream.Stream.of(e.homePostcode(), e.placementPostcode()))
                    .filter(java.util.Objects::nonNull)
                    .forEach(p -> assertThat(p).matches("[A-Z]{1,2}\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2}"));
            r.allocations().forEach(a -> assertThat(a.workerId()).matches("(SW\\d+|IRO\\d+|PA\\d+)"));
        }
        assertThat(records.stream().filter(r -> r.identity().upn().length() == 13).count()).isGreaterThan(500);
    }

    @Test
    @DisplayName("about 60% of children looked after at 31 March are on a full care order (DOMAIN.md §2.1, wide band)")
    void distributionsAreRoughlyEnglands() {
        var records = SyntheticCouncil.generate(5000, 2024, 2026, 0);
        LocalDate end = LocalDate.of(2026, 3, 31);
        int cla = 0;
        int c2 = 0;
        int foster = 0;
        int male = 0;
        int uasc = 0;
        for (var r : records) {
            var open = r.episodes().stream().filter(e -> e.isOpenAt(end) && !e.isShortBreak()).findFirst();
            if (open.isEmpty()) {
                continue;
            }
            cla++;
            c2 += open.get().legalStatus().equals("C2") ? 1 : 0;
            foster += open.get().placement().startsWith("U") ? 1 : 0;
            male += r.identity().sex().equals("M") ? 1 : 0;
            uasc += r.uascUntil() != null && r.uascUntil().isAfter(end) ? 1 : 0;
        }
        assertThat(cla).isGreaterThan(2000);
        assertThat(100.0 * c2 / cla).isBetween(45.0, 75.0);
        assertThat(100.0 * foster / cla).isBetween(55.0, 85.0);
        assertThat(100.0 * male / cla).isBetween(48.0, 64.0);
        assertThat(100.0 * uasc / cla).isBetween(2.0, 14.0);
    }

    @Test
    @DisplayName("the council at 31 March has England's shape in wide bands (DOMAIN.md §2.1, §2.4, §2.7, §2.9; EES 2023-24)")
    void shapeIsRoughlyEnglands() {
        var shape = CouncilShape.of(SyntheticCouncil.generate(5000, 2024, 2026, 0), 2026);
        assertThat(shape.share("placement foster").percent()).as("foster, England 68%").isBetween(60.0, 80.0);
        assertThat(shape.share("placement with parents").percent()).as("with parents, England 6-7%").isBetween(3.0, 12.0);
        assertThat(shape.share("placement secure and children's homes").percent()).isBetween(6.0, 16.0);
        assertThat(shape.share("placement supported and semi-independent").percent()).isBetween(4.0, 14.0);
        assertThat(shape.share("placement placed for adoption").percent()).isBetween(0.5, 5.0);
        assertThat(shape.share("legal status C1").percent() + shape.share("legal status C2").percent())
                .as("care orders, England 76%").isBetween(65.0, 85.0);
        assertThat(shape.share("legal status V2").percent()).as("section 20, England 19%").isBetween(12.0, 28.0);
        assertThat(shape.share("legal status E1").percent()).as("placement orders, England 4-5%").isBetween(1.0, 8.0);
        assertThat(shape.share("male").percent()).as("England 57%").isBetween(52.0, 62.0);
        assertThat(shape.share("UASC").percent()).as("England 9%").isBetween(5.0, 14.0);
        assertThat(shape.share("age under 1").percent()).isBetween(2.0, 8.0);
        assertThat(shape.share("age 10 to 15").percent()).as("England 38%").isBetween(32.0, 46.0);
        assertThat(shape.share("age 16 and over").percent()).as("England 26%").isBetween(18.0, 32.0);
        assertThat(shape.share("3+ placements in the year").percent()).as("England 10%").isBetween(6.0, 15.0);
        assertThat(shape.share("care leavers 19-21 in touch").percent()).isBetween(85.0, 98.0);
        assertThat(shape.share("care leavers 19-21 in education, employment or training").percent()).isBetween(45.0, 68.0);
        assertThat(shape.share("care leavers 19-21 in suitable accommodation").percent()).as("England 85% (2019)")
                .isBetween(78.0, 95.0);
        assertThat(shape.share("went missing, of those looked after during the year").percent()).as("England 11%")
                .isBetween(7.0, 16.0);
    }

    @Test
    void demoCouncilHasAbout700InCareAnd300CareLeavers() {
        LocalDate asAt = LocalDate.of(2026, 11, 1);
        var records = SyntheticCouncil.demoCouncil(1, asAt);
        long inCare = records.stream()
                .filter(r -> r.episodes().stream().anyMatch(e -> e.isOpenAt(asAt) && !e.isShortBreak())).count();
        assertThat(inCare).isEqualTo(700);
        long leavers = records.stream().filter(r -> r.careLeaverContacts().stream().anyMatch(c -> !c.date().isAfter(asAt))
                && r.episodes().stream().noneMatch(e -> e.isOpenAt(asAt))).count();
        assertThat(leavers).isBetween(250L, 450L);
        records.forEach(r -> assertValidChain(r, asAt));
    }

    @Test
    @DisplayName("facts about visits fit the placement they are dated in, as the deadline engine reads it (DOMAIN.md §3.2 rows 21, 23)")
    void visitFactsFitTheirPlacements() {
        var asAt = LocalDate.of(2026, 3, 31);
        var settings = org.ourpromise.timescales.TimescaleSettings.defaults();
        int[] seen = new int[4];
        for (var r : SyntheticCouncil.generate(3000, 5, 2026, 5)) {
            for (var p : r.plans()) {
                if (r.episodes().isEmpty() || p.date().isBefore(r.episodes().get(0).started())) {
                    continue; // the start of a long history is not kept in a return's records
                }
                var on = org.ourpromise.timescales.VisitArrangement.on(r, p.date(), settings);
                var dayBefore = org.ourpromise.timescales.VisitArrangement.on(r, p.date().minusDays(1), settings);
                String what = r.childId() + " " + p;
                assertThat(p.date()).as(what).isBeforeOrEqualTo(asAt);
                switch (p.kind()) {
                    case CONNECTED_PERSON_TEMPORARY_APPROVAL -> {
                        assertThat(on.placement()).as(what).isIn("U1", "U2", "U3");
                        assertThat(on.placementStart()).as(what + ": given as the placement begins").isEqualTo(p.date());
                        seen[0]++;
                    }
                    case CONNECTED_PERSON_APPROVED -> {
                        assertThat(dayBefore.temporaryApproval()).as(what + ": ends a temporary approval").isTrue();
                        seen[1]++;
                    }
                    case CHILD_AGREED_SIX_MONTHLY_VISITS -> {
                        assertThat(on.longTerm()).as(what + ": in a long-term placement").isTrue();
                        seen[2]++;
                    }
                    case CHILD_AGREEMENT_WITHDRAWN -> {
                        assertThat(dayBefore.childAgreed()).as(what + ": withdraws an agreement").isTrue();
                        seen[3]++;
                    }
                    default -> { }
                }
            }
        }
        assertThat(seen[0]).as("temporary approvals").isPositive();
        assertThat(seen[1]).as("full approvals").isPositive();
        assertThat(seen[2]).as("children agreeing").isPositive();
    }
}
