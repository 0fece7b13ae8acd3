package org.ourpromise.demo.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shortcuts that make the synthetic council fast give the answers of the JDK's own date
 * arithmetic and of the original weighted choice.
 */
class CouncilSimulationArithmeticTests {

    @Property(tries = 2000)
    @Label("Days.plus is LocalDate.plusDays, inside the shared table and beyond it")
    void daysPlusIsPlusDays(@ForAll @IntRange(min = -30_000, max = 60_000) int offset,
            @ForAll @IntRange(min = -20_000, max = 20_000) int days) {
        LocalDate date = LocalDate.of(1960, 1, 1).plusDays(offset);
        assertThat(Days.plus(date, days)).isEqualTo(date.plusDays(days));
        assertThat(Days.shared(date)).isEqualTo(date);
    }

    @Test
    void sharedDaysAreOneInstancePerDay() {
        var a = LocalDate.of(2026, 3, 31);
        var b = LocalDate.parse("2026-03-31");
        assertThat(Days.shared(a)).isSameAs(Days.shared(b));
        assertThat(Days.plus(LocalDate.of(2026, 3, 30), 1)).isSameAs(Days.shared(a));
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource(textBlock = """
            2008-02-29, 2009-02-28, 0
            2008-02-29, 2009-03-01, 1
            2008-02-29, 2026-02-28, 17
            2008-03-31, 2026-03-31, 18
            2008-04-01, 2026-03-31, 17
            2010-01-01, 2009-12-31, 0
            2010-01-01, 2008-01-02, -1
            """)
    void ageOnBirthdaysAndYearEnds(LocalDate born, LocalDate on, int age) {
        assertThat(OutlineSimulator.age(born, on)).isEqualTo(age);
    }

    @Property(tries = 3000)
    @Label("age is ChronoUnit.YEARS.between, 29 February included")
    void ageIsYearsBetween(@ForAll @IntRange(min = 0, max = 40_000) int born, @ForAll @IntRange(min = -400, max = 12_000) int days) {
        LocalDate dob = LocalDate.of(1970, 1, 1).plusDays(born);
        LocalDate on = dob.plusDays(days);
        assertThat(OutlineSimulator.age(dob, on)).isEqualTo((int) ChronoUnit.YEARS.between(dob, on));
    }

    @Property(tries = 1000)
    @Label("a WeightedCodes pick is the running-total choice over the pairs as written")
    void weightedCodesChooseByRunningTotal(@ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double unit) {
        var codes = WeightedCodes.of("A", 40, "B", 0, "C", 0.5, "D", 59.5);
        double r = unit * 100;
        String expected = r < 40 ? "A" : r < 40.5 ? "C" : "D";
        assertThat(codes.at(unit)).isEqualTo(expected);
    }

    @Test
    void chanceWeightedAndPickDrawAlike() {
        var a = new Chance(7);
        var b = new Chance(7);
        var table = WeightedCodes.of("E4A", 62, "E4B", 14, "E13", 11, "E3", 3, "E8", 6, "E16", 1, "E9", 0, "E2", 0.2);
        for (int i = 0; i < 10_000; i++) {
            assertThat(b.pick(table)).isEqualTo(a.weighted("E4A", 62, "E4B", 14, "E13", 11, "E3", 3, "E8", 6, "E16", 1,
                    "E9", 0, "E2", 0.2));
        }
        // And the same stream of draws as a plain SplittableRandom: one nextDouble per choice.
        var random = new SplittableRandom(7);
        var c = new Chance(7);
        for (int i = 0; i < 1000; i++) {
            double u = random.nextDouble();
            assertThat(c.pick(table)).isEqualTo(table.at(u));
        }
    }
}
