package org.ourpromise.education;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** A count out of a count, shown as "334 of 406 (82.3%)": the numerator and denominator are always kept. */
public record Share(long count, long of) {

    public @Nullable BigDecimal percent() {
        return of == 0 ? null : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }

    public String words() {
        var p = percent();
        return count + " of " + of + (p == null ? "" : " (" + p.toPlainString() + "%)");
    }
}
