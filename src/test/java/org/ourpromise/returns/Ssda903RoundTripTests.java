package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The round-trip contract of the product (generate -> import -> export gives the same rows):
 * {@code derive(toRecords(R, Y), Y, 0)} equals R row for row for every R the derivation produced.
 * Records are random but valid ({@link RandomChildren}); the seed is printed by jqwik on failure.
 */
class Ssda903RoundTripTests {

    @Property(tries = 300)
    void aDerivedReturnComesBackRowForRow(@ForAll long seed, @ForAll @IntRange(min = 2023, max = 2028) int year) {
        var records = RandomChildren.of(seed, 40, year);
        var derived = Ssda903Derivation.derive(records, year, 0);
        var again = Ssda903Derivation.derive(ReturnToRecords.toRecords(derived, year), year, 0);
        for (var table : Ssda903Table.values()) {
            assertThat(again.rows(table)).as("%s, year %d", table.dfeName(), year).isEqualTo(derived.rows(table));
        }
        assertThat(ReturnToRecords.differences(derived, year).isEmpty()).isTrue();
    }

    @Property(tries = 100)
    void theOrderOfRecordsDoesNotMatter(@ForAll long seed, @ForAll @IntRange(min = 2023, max = 2028) int year) {
        var records = new ArrayList<>(RandomChildren.of(seed, 40, year));
        var derived = Ssda903Derivation.derive(records, year, 2);
        Collections.shuffle(records, new Random(seed));
        var shuffled = Ssda903Derivation.derive(records, year, 2);
        for (var table : Ssda903Table.values()) {
            assertThat(shuffled.rows(table)).as(table.dfeName()).isEqualTo(derived.rows(table));
        }
    }

    @Property(tries = 200)
    void everyRowIsOfAHeaderChildAndAsAt31March(@ForAll long seed, @ForAll @IntRange(min = 2023, max = 2028) int year,
            @ForAll @IntRange(min = 0, max = 3) int history) {
        var derived = Ssda903Derivation.derive(RandomChildren.of(seed, 40, year), year, history);
        var end = Ssda903Dates.collectionEnd(year);
        var header = new HashSet<String>();
        derived.rows(Ssda903Table.HEADER).forEach(r -> assertThat(header.add(r.child())).as("one Header row per child").isTrue());
        for (var table : Ssda903Table.values()) {
            for (var row : derived.rows(table)) {
                assertThat(header).as("%s child in Header", table.dfeName()).contains(row.child());
                for (var column : table.columns()) {
                    var d = column.equals("DATE_PERM") ? null : row.date(column);
                    assertThat(d == null || !d.isAfter(end)).as("%s %s on or before 31 March", row, column).isTrue();
                }
            }
        }
        var start = Ssda903Dates.collectionStart(year - history);
        for (var row : derived.rows(Ssda903Table.EPISODES)) {
            var dec = row.date("DEC");
            assertThat(dec == null || !dec.isBefore(start)).as("%s overlaps the span", row).isTrue();
        }
    }
}
