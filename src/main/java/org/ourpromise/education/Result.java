package org.ourpromise.education;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A child's result at one key stage in one school year. Only the measures the key stage has are set: EYFS a good
 * level of development; KS1 (while statutory, to 2022/23) and KS2 the expected standard in reading, writing and
 * maths; KS4 Attainment 8, Progress 8 where the DfE published it, and grade 9–4 and 9–5 in English and maths.
 */
public record Result(String childId, int schoolYear, KeyStage keyStage, @Nullable Boolean goodLevel,
        @Nullable Boolean expectedRwm, @Nullable BigDecimal attainment8, @Nullable BigDecimal progress8,
        @Nullable Boolean englishMaths94, @Nullable Boolean englishMaths95) {

    /** The key stages with published outcomes. */
    public enum KeyStage {
        EYFS, KS1, KS2, KS4
    }

    /** KS1 assessments were statutory to the 2022/23 school year. */
    static final int LAST_STATUTORY_KS1 = 2022;

    /** No Progress 8 is published for 2024/25 and 2025/26 (no KS2 results in 2020 and 2021 to measure from). */
    static boolean progress8Published(int schoolYear) {
        return schoolYear != 2024 && schoolYear != 2025;
    }
}
