package org.ourpromise.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A suspension (a fixed number of school days, half days allowed) or a permanent exclusion from school, with the
 * DfE's reason and the school the child was on roll at when it began.
 */
public record Exclusion(long id, String childId, Kind kind, LocalDate started, @Nullable LocalDate ended,
        @Nullable BigDecimal days, Reason reason, @Nullable String urn, int version) {

    /** Suspension (once called a fixed-period exclusion) or permanent exclusion. */
    public enum Kind {
        SUSPENSION("Suspension"),
        PERMANENT("Permanent exclusion");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The DfE's exclusion reasons as the school census lists them; the code is stored, the words are shown. */
    public enum Reason {
        PHYSICAL_ASSAULT_PUPIL("PP", "Physical assault against a pupil"),
        PHYSICAL_ASSAULT_ADULT("PA", "Physical assault against an adult"),
        VERBAL_ABUSE_PUPIL("VP", "Verbal abuse or threatening behaviour against a pupil"),
        VERBAL_ABUSE_ADULT("VA", "Verbal abuse or threatening behaviour against an adult"),
        OFFENSIVE_WEAPON("OW", "Use or threat of use of an offensive weapon or prohibited item"),
        BULLYING("BU", "Bullying"),
        RACIST_ABUSE("RA", "Racist abuse"),
        SEXUAL_ORIENTATION_GENDER("LG", "Abuse against sexual orientation and gender identity"),
        DISABILITY("DS", "Abuse relating to disability"),
        SEXUAL_MISCONDUCT("SM", "Sexual misconduct"),
        DRUGS_ALCOHOL("DA", "Drug and alcohol related"),
        DAMAGE("DM", "Damage"),
        THEFT("TH", "Theft"),
        DISRUPTIVE("PD", "Persistent or general disruptive behaviour"),
        ONLINE("MT", "Inappropriate use of social media or online technology"),
        PUBLIC_HEALTH("PH", "Wilful and repeated transgression of protective measures in place to protect public health");

        private final String code;
        private final String words;

        Reason(String code, String words) {
            this.code = code;
            this.words = words;
        }

        public String code() {
            return code;
        }

        public String words() {
            return words;
        }

        public static Reason ofCode(String code) {
            for (var r : values()) {
                if (r.code.equals(code)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("no exclusion reason " + code);
        }
    }

    public boolean suspension() {
        return kind == Kind.SUSPENSION;
    }

    /** Whether it began from {@code from} to {@code to}, both included. */
    public boolean beganBetween(LocalDate from, LocalDate to) {
        return !started.isBefore(from) && !started.isAfter(to);
    }

    /** The days as written: "1.5", "3". */
    public String daysWords() {
        return days == null ? "" : days.stripTrailingZeros().toPlainString();
    }
}
