package org.ourpromise.health;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * What the health room keeps beyond the return's health events: registration with a GP, a dentist and an optician
 * (each check), mental-health referrals and the health summary given to a young person leaving care.
 */
public final class HealthServices {

    /** A wait of more than this many days (18 weeks) is a long wait. */
    public static final int EIGHTEEN_WEEKS = 18 * 7;

    private HealthServices() {
    }

    /** Who a child should be registered with. */
    public enum Service {
        GP("GP"), DENTIST("Dentist"), OPTICIAN("Optician");

        private final String words;

        Service(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A check of a child's registration with a service, on a day. */
    public record Registration(String childId, Service service, boolean registered, @Nullable String practice,
            LocalDate checkedOn) {
    }

    /** A referral to CAMHS or another mental-health service, and when the child was first seen. */
    public record Referral(long id, String childId, boolean camhs, @Nullable String serviceName, LocalDate referredOn,
            @Nullable LocalDate firstSeenOn, int version) {

        public String serviceWords() {
            return camhs ? "CAMHS" : serviceName == null || serviceName.isBlank() ? "Another mental-health service"
                    : serviceName;
        }

        /** Days from referral to first seen, or to {@code today} while still waiting. */
        public long daysWaited(LocalDate today) {
            return ChronoUnit.DAYS.between(referredOn, firstSeenOn == null ? today : firstSeenOn);
        }

        /** Whole weeks waited, as the page shows it. */
        public long weeksWaited(LocalDate today) {
            return daysWaited(today) / 7;
        }

        public boolean waitingOn(LocalDate day) {
            return !referredOn.isAfter(day) && (firstSeenOn == null || firstSeenOn.isAfter(day));
        }
    }

    /** The health summary for a young person leaving care: when made, checked by the nurse, given to them. */
    public record Summary(String childId, LocalDate madeOn, @Nullable LocalDate checkedOn, @Nullable String checkedBy,
            @Nullable LocalDate givenOn, int version) {
    }
}
