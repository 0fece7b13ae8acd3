package org.ourpromise.returns.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RuleContext;

/**
 * The DfE operational test for "looked after continuously for 12 months at 31 March" (DOMAIN.md
 * §2.6) for the collection year 2025-26. Each case is one child's episodes, written
 * DECOM>DEC>RNE>REC>LS and separated by '|'.
 */
class ContinuousCareTests {

    @ParameterizedTest(name = "§2.6: {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "01/01/2024>>S>>C2; true",
        // (a) a start of care after 1 April breaks it; on 1 April itself it does not
        "02/04/2025>>S>>C2; false",
        "01/04/2025>>S>>C2; true",
        // (b) leaving care before 31 March breaks it; an X1 change does not; care that ends on 31 March is
        // not care at the end of it (DOMAIN.md §1.1), though an X1 change on 31 March keeps it
        "01/01/2024>30/03/2026>S>E4A>C2; false",
        "01/01/2024>31/03/2026>S>E4A>C2; false",
        "01/01/2024>31/03/2026>S>X1>C2|31/03/2026>>L>>C1; true",
        "01/01/2024>10/05/2025>S>X1>C2|10/05/2025>>P>>C2; true",
        "01/01/2024>31/03/2025>S>E4A>C2|01/04/2025>>S>>C2; true",
        // (c) any short-break episode overlapping the year breaks it
        "01/01/2024>>S>>V4; false",
        "01/01/2024>10/05/2025>S>X1>C2|10/05/2025>>L>>V3; false",
        // only history: not in care during the year at all
        "01/01/2020>01/03/2021>S>E4A>C2; false",
        "; false"})
    void continuouslyLookedAfterAt31March(String episodes, boolean expected) {
        var rows = new ArrayList<Ssda903Row>();
        if (episodes != null) {
            for (var e : episodes.split("\\|")) {
                var f = (e + ">>>>").split(">", -1);
                var values = new String[Ssda903Table.EPISODES.columns().size()];
                java.util.Arrays.fill(values, "");
                values[0] = "1";
                values[Ssda903Table.EPISODES.indexOf("DECOM")] = f[0];
                values[Ssda903Table.EPISODES.indexOf("DEC")] = f[1];
                values[Ssda903Table.EPISODES.indexOf("RNE")] = f[2];
                values[Ssda903Table.EPISODES.indexOf("REC")] = f[3];
                values[Ssda903Table.EPISODES.indexOf("LS")] = f[4];
                rows.add(Ssda903Row.of(Ssda903Table.EPISODES, values));
            }
        }
        var ctx = new RuleContext(Ssda903Return.of(Map.of(Ssda903Table.EPISODES, List.copyOf(rows))), Optional.empty(),
                2026, ReferenceData.none());
        assertThat(ContinuousCare.at31March(ctx, "1")).isEqualTo(expected);
    }

    private static final LocalDate START = LocalDate.of(2025, 4, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);

    @Property
    @Label("OC2 cohort (DOMAIN.md §2.6): one open care episode begun on or before 1 April is continuous")
    void openSinceBeforeTheYearIsContinuous(@ForAll @IntRange(min = 0, max = 5000) int daysBefore) {
        var episodes = List.of(episode("S", "C2", START.minusDays(daysBefore), null, ""));
        assertThat(ContinuousCare.test(episodes, START, END)).isTrue();
    }

    @Property
    @Label("OC2 cohort (DOMAIN.md §2.6): a short break overlapping the year always breaks continuity")
    void aShortBreakInTheYearBreaksContinuity(@ForAll @IntRange(min = 0, max = 364) int breakStarts,
            @ForAll @IntRange(min = 1, max = 17) int breakDays, @ForAll("shortBreak") String ls) {
        var episodes = new ArrayList<Ssda903Row>();
        episodes.add(episode("S", "C2", START.minusYears(2), null, ""));
        LocalDate from = START.plusDays(breakStarts);
        episodes.add(episode("S", ls, from, from.plusDays(breakDays), "E8"));
        assertThat(ContinuousCare.test(episodes, START, END)).isFalse();
    }

    @Provide
    Arbitrary<String> shortBreak() {
        return Arbitraries.of("V3", "V4");
    }

    private static Ssda903Row episode(String rne, String ls, LocalDate decom, LocalDate dec, String rec) {
        var values = new String[Ssda903Table.EPISODES.columns().size()];
        java.util.Arrays.fill(values, "");
        var row = new Ssda903Row(Ssda903Table.EPISODES, "episodes.csv", 1, values);
        return row.withValue("CHILD", "1").withValue("RNE", rne).withValue("LS", ls)
                .withValue("DECOM", Ssda903Dates.format(decom)).withValue("DEC", Ssda903Dates.format(dec))
                .withValue("REC", rec);
    }
}
