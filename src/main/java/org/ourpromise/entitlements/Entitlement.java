package org.ourpromise.entitlements;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One entitlement of the local offer: who may claim it (children in care, care leavers or both, by age on the day
 * of the request), a condition the worker confirms (full-time education, the district that grants council tax
 * exemption), and its limit in pounds or units, each year (April to March) or once.
 */
public record Entitlement(long id, String name, ForWhom forWhom, int minAge, int maxAge, @Nullable String condition,
        @Nullable String district, BigDecimal limit, Unit unit, Period period, @Nullable BigDecimal annualBudget,
        boolean active, int version) {

    public enum ForWhom {
        CHILDREN_IN_CARE("Children in care"), CARE_LEAVERS("Care leavers"), BOTH("Children in care and care leavers");

        private final String words;

        ForWhom(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum Unit {
        POUNDS, UNITS
    }

    public enum Period {
        YEARLY("a year"), ONE_OFF("once");

        private final String words;

        Period(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The limit as people say it: "£150 a year", "1 once". */
    public String limitWords() {
        return format(limit) + " " + period.words();
    }

    public String format(BigDecimal amount) {
        return unit == Unit.POUNDS ? "£" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                .replaceAll("\\.00$", "") : amount.stripTrailingZeros().toPlainString();
    }

    public String eligibilityWords() {
        return forWhom.words() + " aged " + minAge + " to " + maxAge + (condition == null ? "" : "; " + condition.toLowerCase(java.util.Locale.ROOT));
    }
}
