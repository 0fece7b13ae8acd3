package org.ourpromise.returns.rules.basics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/** Properties of the helpers behind the basics rules: the 13-week test (DOMAIN.md §3.3). */
class BasicsPropertiesTests {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);

    @Property
    @Label("13-week test (DOMAIN.md §3.3): care from k days before to m days after the 16th birthday is enough "
            + "exactly when k + m >= 91 and m >= 1")
    void thirteenWeeksAroundTheSixteenthBirthday(@ForAll @IntRange(min = 0, max = 700) int before,
            @ForAll @IntRange(min = 0, max = 400) int after) {
        LocalDate dob = LocalDate.of(2008, 7, 15);
        LocalDate sixteenth = dob.plusYears(16);
        var episodes = List.of(episode("S", "C2", sixteenth.minusDays(before), sixteenth.plusDays(after), "E4A"));
        assertThat(RelevantChildTest.relevant(episodes, dob, END)).isEqualTo(before + after >= 91 && after >= 1);
    }

    private static Ssda903Row episode(String rne, String ls, LocalDate decom, LocalDate dec, String rec) {
        var values = new String[Ssda903Table.EPISODES.columns().size()];
        Arrays.fill(values, "");
        var row = new Ssda903Row(Ssda903Table.EPISODES, "episodes.csv", 1, values);
        return row.withValue("CHILD", "1").withValue("RNE", rne).withValue("LS", ls)
                .withValue("DECOM", Ssda903Dates.format(decom)).withValue("DEC", Ssda903Dates.format(dec))
                .withValue("REC", rec);
    }
}
