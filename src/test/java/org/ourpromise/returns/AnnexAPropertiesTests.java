package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of Annex A lists 8 and 9 over random valid records (DOMAIN.md §4, §3.3). */
class AnnexAPropertiesTests {

    @Property(tries = 150)
    void listEightRowsDescribeCareUpToTheAsAtDate(@ForAll long seed, @ForAll @IntRange(min = 2024, max = 2027) int year,
            @ForAll @IntRange(min = 0, max = 364) int day) {
        var asAt = Ssda903Dates.collectionStart(year).plusDays(day);
        var rows = AnnexA.childrenInCare(RandomChildren.of(seed, 40, year), asAt);
        var ids = new ArrayList<String>();
        for (var row : rows) {
            ids.add(row.childId());
            var started = (LocalDate) row.get("Date Started to be Looked After");
            var statusFrom = (LocalDate) row.get("Start Date of Current Legal Status");
            var placedFrom = (LocalDate) row.get("Start Date of Most Recent Placement");
            assertThat(started).isBeforeOrEqualTo(statusFrom).isBeforeOrEqualTo(placedFrom);
            assertThat(statusFrom).isBeforeOrEqualTo(asAt);
            assertThat(placedFrom).isBeforeOrEqualTo(asAt);
            if (row.get("Date Ceased to be Looked After") instanceof LocalDate ceased) {
                assertThat(ceased).isBetween(asAt.minusMonths(6), asAt).isAfter(started);
                assertThat(row.get("Reason Ceased to be Looked After")).isNotEqualTo("");
            } else {
                assertThat(row.get("Reason Ceased to be Looked After")).isEqualTo("");
            }
            for (var column : row.list().columns()) {
                if (row.get(column) instanceof LocalDate d && !column.equals("Date of Birth")) {
                    assertThat(d).as(column).isBeforeOrEqualTo(asAt);
                }
            }
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Property(tries = 150)
    void listNineHoldsSixteenToTwentyFourYearOldsAndEligibleChildrenAreInCare(@ForAll long seed,
            @ForAll @IntRange(min = 2024, max = 2027) int year, @ForAll @IntRange(min = 0, max = 364) int day) {
        var asAt = Ssda903Dates.collectionStart(year).plusDays(day);
        var children = RandomChildren.of(seed, 40, year);
        var inCareNow = new HashSet<String>();
        AnnexA.childrenInCare(children, asAt).stream().filter(r -> r.get("Date Ceased to be Looked After").equals(""))
                .forEach(r -> inCareNow.add(r.childId()));
        for (var row : AnnexA.careLeavers(children, asAt)) {
            int age = (Integer) row.get("Age of Young Person (Years)");
            assertThat(age).isBetween(16, 24);
            var category = row.get("Eligibility Category");
            assertThat(category).isIn("a) Relevant", "b) Former relevant", "c) Qualifying", "d) Eligible");
            if (category.equals("d) Eligible")) {
                assertThat(age).isLessThan(18);
                assertThat(inCareNow).contains(row.childId());
            }
            if (category.equals("a) Relevant") || category.equals("c) Qualifying")) {
                assertThat(inCareNow).doesNotContain(row.childId());
            }
        }
    }

    @Property(tries = 50)
    void theOrderOfRecordsDoesNotMatter(@ForAll long seed, @ForAll @IntRange(min = 2024, max = 2027) int year) {
        var children = new ArrayList<>(RandomChildren.of(seed, 40, year));
        var asAt = Ssda903Dates.collectionEnd(year);
        var list8 = AnnexA.childrenInCare(children, asAt);
        var list9 = AnnexA.careLeavers(children, asAt);
        Collections.shuffle(children, new Random(seed));
        assertThat(AnnexA.childrenInCare(children, asAt)).isEqualTo(list8);
        assertThat(AnnexA.careLeavers(children, asAt)).isEqualTo(list9);
    }
}
