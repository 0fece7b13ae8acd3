package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Properties of MEASURES.md that hold for any return (jqwik): random well-formed returns of 2024-2027. */
class MeasurePropertiesTests {

    private static final List<String> CLA_BREAKDOWNS = List.of("cla.by_legal_status.", "cla.by_age.",
            "cla.by_placement_group.", "cla.by_ethnic_group.", "cla.by_sex.", "cla.by_provider.");

    @Property(tries = 60)
    void everyCatalogueKeyHasAValue(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 2024, max = 2027) int year, @ForAll @IntRange(min = 0, max = 60) int children) {
        var results = compute(seed, year, children, true);
        assertThat(results.values().keySet()).containsExactlyElementsOf(MeasureCatalogue.forYear(year).keys());
    }

    @Property(tries = 60)
    void percentagesAreBetween0And100AndNumeratorsWithinDenominators(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 2024, max = 2027) int year,
            @ForAll @IntRange(min = 1, max = 80) int children, @ForAll boolean excludeTemporary) {
        var results = compute(seed, year, children, excludeTemporary);
        for (var m : MeasureCatalogue.forYear(year).measures()) {
            if (m.kind() != Measure.Kind.PERCENTAGE) {
                continue;
            }
            var v = results.get(m.key());
            assertThat(v.denominator()).as(m.key()).isNotNull();
            assertThat(v.numerator()).as(m.key()).isBetween(0L, v.denominator());
            assertThat(new HashSet<>(v.denominatorChildren())).as(m.key()).containsAll(v.numeratorChildren());
            if (v.denominator() == 0) {
                assertThat(v.value()).as(m.key()).isNull();
            } else {
                assertThat(v.value()).as(m.key()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            }
        }
    }

    @Property(tries = 60)
    void breakdownsSumToTheirTotal(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 2024, max = 2027) int year, @ForAll @IntRange(min = 1, max = 80) int children) {
        var results = compute(seed, year, children, true);
        long cla = results.get("cla.at_31_march").numerator();
        for (var prefix : CLA_BREAKDOWNS) {
            assertThat(sum(results, prefix)).as(prefix).isEqualTo(cla);
        }
        assertThat(sum(results, "ceased.by_reason.")).isEqualTo(results.get("ceased.periods").numerator());
        assertThat(sum(results, "starts.by_cin.")).isEqualTo(results.get("starts.periods").numerator());
        assertThat(sum(results, "reviews.participation.")).isLessThanOrEqualTo(results.get("reviews.held").numerator());
        assertThat(sum(results, "oc3.cohort.") - results.get("oc3.cohort.all").numerator())
                .isEqualTo(results.get("oc3.cohort.all").numerator());
    }

    @Property(tries = 30)
    void countsAreChildrenOrThingsAndNeverNegative(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 80) int children) {
        var results = compute(seed, 2026, children, true);
        results.values().forEach((key, v) -> {
            assertThat(v.numerator()).as(key).isGreaterThanOrEqualTo(0);
            assertThat(v.numeratorChildren()).as(key).isSorted().doesNotHaveDuplicates();
        });
        assertThat(results.get("cla.at_31_march").numerator())
                .isLessThanOrEqualTo(results.get("cla.during_year").numerator());
        assertThat(results.get("oc2.cohort").numerator()).isLessThanOrEqualTo(results.get("cla.at_31_march").numerator());
    }

    private static MeasureResults compute(long seed, int year, int children, boolean excludeTemporary) {
        var ret = RandomReturn.generate(seed, year, children, 3);
        return MeasureEngine.compute(ret, MeasureParameters.forYear(year).withExcludeTemporary(excludeTemporary));
    }

    private static long sum(MeasureResults results, String prefix) {
        return results.values().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(e -> e.getValue().numerator()).sum();
    }
}
