package org.ourpromise.timescales;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How long a child's case record is kept (decision 0081): a looked-after child's until the 75th anniversary of
 * their birth or, if the child died before 18, until 15 years from the date of death; an adopted child's for at
 * least 100 years from the adoption order; and whatever the date, never disposed of while a legal hold (a claim, an
 * inquiry) is on it. Anniversaries of 29 February fall on 1 March in other years, as birthdays do
 * ({@link Birthdays}). The record is kept up to and including its date and may be anonymised from the day after.
 */
public final class RetentionRule {

    static final int YEARS_FROM_BIRTH = 75;
    static final int YEARS_FROM_DEATH = 15;
    static final int YEARS_FROM_ADOPTION_ORDER = 100;
    static final int ADULT = 18;

    private RetentionRule() {
    }

    /** What the rule needs to know about one record. */
    public record Facts(LocalDate dateOfBirth, @Nullable LocalDate dateOfDeath, @Nullable LocalDate adoptionOrder,
            boolean legalHold) {
    }

    /** Which rule set the date. */
    public enum Basis {
        BIRTH("75 years from birth"),
        DEATH_IN_CHILDHOOD("15 years from death before 18"),
        ADOPTION("100 years from the adoption order");

        private final String words;

        Basis(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The last day the record must be kept, why, and whether a legal hold stops its disposal regardless. */
    public record Retention(LocalDate keepUntil, Basis basis, boolean legalHold) {

        /** Whether the record may be anonymised on {@code today}: its date has passed and no hold is on it. */
        public boolean pastOn(LocalDate today) {
            return !legalHold && today.isAfter(keepUntil);
        }
    }

    public static Retention of(Facts facts) {
        LocalDate keep = Birthdays.nth(facts.dateOfBirth(), YEARS_FROM_BIRTH);
        Basis basis = Basis.BIRTH;
        var death = facts.dateOfDeath();
        if (death != null && death.isBefore(Birthdays.nth(facts.dateOfBirth(), ADULT))) {
            keep = Birthdays.nth(death, YEARS_FROM_DEATH);
            basis = Basis.DEATH_IN_CHILDHOOD;
        }
        var order = facts.adoptionOrder();
        if (order != null) {
            // "at least": the adoption rule never shortens what another rule keeps
            LocalDate adoption = Birthdays.nth(order, YEARS_FROM_ADOPTION_ORDER);
            if (adoption.isAfter(keep)) {
                keep = adoption;
                basis = Basis.ADOPTION;
            }
        }
        return new Retention(keep, basis, facts.legalHold());
    }
}
