package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16: every measure a page can show has a sentence for a councillor, and neither it nor the technical
 * definition behind "How this is counted" carries internal text (design-document references, keys, placeholders).
 */
class MeasureWordsTests {

    private static final Pattern INTERNAL = Pattern.compile(
            "§|\\.md\\b|UNCONFIRMED|\\$\\{|\\b[a-z][a-z0-9]*_[a-z0-9_]+\\b|_pct");

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void everyMeasureOfTheYearHasPlainWordsAndATechnicalDefinitionWithoutInternals(int year) {
        for (var m : MeasureCatalogue.withLocalMeasures(year).measures()) {
            assertThat(MeasureWords.plain(m)).as(m.key()).isNotBlank().doesNotContainPattern(INTERNAL);
            assertThat(MeasureWords.technical(m)).as(m.key()).startsWith(m.description())
                    .doesNotContainPattern(INTERNAL);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // an exact key wins over its family
        "stability.long_term_pct|Of the children under 16 who have been in care for two and a half years or more",
        // a breakdown takes its family's sentence
        "cla.by_age.under_1|The children looked after on 31 March, split by age.",
        // the longest matching start: the referral, not the assessment
        "local.iha_referral_on_time_pct|referred for their first health assessment on time"})
    void theLongestMatchingKeyGivesTheSentence(String key, String expected) {
        assertThat(MeasureWords.plain(key, "Technical. Details.")).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown.measure"})
    void aMeasureWithoutWordsFallsBackToTheFirstSentenceOfItsDefinition(String key) {
        assertThat(MeasureWords.plain(key, "First sentence. Second sentence.")).isEqualTo("First sentence.");
    }
}
