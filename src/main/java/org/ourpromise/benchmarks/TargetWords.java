package org.ourpromise.benchmarks;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.ourpromise.reports.Target;

/** A target in words, for command output, the audit log and the targets page: "70 or more, amber within 5". */
final class TargetWords {

    private TargetWords() {
    }

    static String of(Target t) {
        return of(t, "");
    }

    /** With the measure's unit after each figure ("%", " per 10,000"). */
    static String of(Target t, String unit) {
        var tolerance = t.tolerance() == null ? BigDecimal.ZERO : t.tolerance();
        return number(t.target()) + unit
                + (t.direction() == Target.Direction.HIGHER_IS_BETTER ? " or more" : " or less")
                + (tolerance.signum() == 0 ? ", no amber band" : ", amber within " + number(tolerance)
                        + (unit.equals("%") ? " percentage points" : unit));
    }

    /** Every decimal place kept (four at most), with thousands separators: what was stored, exactly. */
    static String number(BigDecimal n) {
        var f = NumberFormat.getNumberInstance(Locale.UK);
        f.setMaximumFractionDigits(4);
        return f.format(n);
    }
}
