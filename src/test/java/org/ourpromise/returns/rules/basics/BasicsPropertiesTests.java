package org.ourpromise.returns.rules.basics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/** Properties of the helpers behind the rules: UPN check letter, OC2 continuity, the 13-week test. */
class BasicsPropertiesTests {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final LocalDate START = LocalDate.of(2025, 4, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);

    @Property
    @Label("UPN: exactly one of the 23 check letters fits any 12 digits (rule 168)")
    void exactlyOneCheckLetterFits(@ForAll("twelveDigits") String digits) {
        long fitting = LETTERS.chars().filter(c -> UniquePupilNumber.isValid((char) c + digits)).count();
        assertThat(fitting).isEqualTo(1);
    }

    @Property
    @Label("UPN: changing any one digit of a valid UPN is caught (weights 2-13 and 23 is prime)")
    void oneDigitTyposAreCaught(@ForAll("twelveDigits") String digits, @ForAll @IntRange(min = 1, max = 12) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String upn = LETTERS.chars().mapToObj(c -> (char) c + digits).filter(UniquePupilNumber::isValid)
                .findFirst().orElseThrow();
        char[] typo = upn.toCharArray();
        typo[position] = (char) ('0' + (typo[position] - '0' + shift) % 10);
        assertThat(UniquePupilNumber.isValid(new String(typo))).isFalse();
    }

    @Provide
    Arbitrary<String> twelveDigits() {
        return Arbitraries.strings().withChars("0123456789").ofLength(12);
    }

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
