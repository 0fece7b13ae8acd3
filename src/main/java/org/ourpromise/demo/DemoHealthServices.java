package org.ourpromise.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.ourpromise.health.HealthServiceRecords;
import org.ourpromise.health.HealthServices;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PeriodOfCare;
import org.springframework.stereotype.Component;

/**
 * The demo council's health services, from a random stream of its own: registration with a GP, a dentist and an
 * optician checked for each child in care; referrals to CAMHS and other mental-health services with their waits,
 * some still waiting; and the health summary of young people leaving care, made, checked and given around the 18th
 * birthday, some not yet.
 */
@Component
class DemoHealthServices {

    private static final String[] GPS = {"Riverside Medical Practice", "Castle Street Surgery", "The Limes Health Centre",
        "Meadowbank Family Practice"};
    private static final String[] DENTISTS = {"Market Square Dental", "Bridge Road Dental Care", "Smile Community Dental"};
    private static final String[] OPTICIANS = {"High Street Opticians", "ClearView Eyecare"};

    private final HealthServiceRecords health;

    DemoHealthServices(HealthServiceRecords health) {
        this.health = health;
    }

    void add(List<ChildRecord> council, LocalDate today, long seed) {
        var random = new SplittableRandom(seed ^ 0x4EA1_7001L);
        var registrations = new ArrayList<HealthServices.Registration>();
        var referrals = new ArrayList<HealthServices.Referral>();
        var summaries = new ArrayList<HealthServices.Summary>();
        for (var child : council) {
            var period = currentPeriod(child, today);
            long age = ChronoUnit.YEARS.between(child.dateOfBirth(), today);
            if (period != null) {
                register(child.childId(), period.start(), age, today, random, registrations);
                refer(child.childId(), period.start(), age, today, random, referrals);
            }
            summarise(child, period != null, today, random, summaries);
        }
        health.addAll(registrations, referrals, summaries, "demo");
    }

    private static @Nullable PeriodOfCare currentPeriod(ChildRecord child, LocalDate today) {
        for (var p : PeriodOfCare.of(PeriodOfCare.withoutShortBreaks(child.episodes()))) {
            if (p.isOpenAt(today)) {
                return p;
            }
        }
        return null;
    }

    /** A check within the last year (never before care began); most children are registered. */
    private static void register(String childId, LocalDate since, long age, LocalDate today, SplittableRandom random,
            List<HealthServices.Registration> out) {
        var checked = later(since, today.minusDays(random.nextInt(1, 330)));
        out.add(new HealthServices.Registration(childId, HealthServices.Service.GP, random.nextDouble() < 0.97,
                GPS[random.nextInt(GPS.length)], checked));
        out.add(new HealthServices.Registration(childId, HealthServices.Service.DENTIST,
                random.nextDouble() < (age < 3 ? 0.6 : 0.86), DENTISTS[random.nextInt(DENTISTS.length)], checked));
        if (age >= 4) {
            out.add(new HealthServices.Registration(childId, HealthServices.Service.OPTICIAN, random.nextDouble() < 0.55,
                    OPTICIANS[random.nextInt(OPTICIANS.length)], checked));
        }
    }

    /** About one child in seven of school age is referred; waits run from two weeks to most of a year. */
    private static void refer(String childId, LocalDate since, long age, LocalDate today, SplittableRandom random,
            List<HealthServices.Referral> out) {
        if (age < 5 || random.nextDouble() >= 0.15) {
            return;
        }
        var referred = later(since, today.minusDays(random.nextInt(7, 540)));
        // most are seen within 18 weeks; a long tail waits far longer
        int weeks = random.nextDouble() < 0.7 ? random.nextInt(2, 18) : random.nextInt(18, 45);
        var seen = referred.plusWeeks(weeks);
        boolean camhs = random.nextDouble() < 0.8;
        out.add(new HealthServices.Referral(0, childId, camhs, camhs ? null : "School counselling service", referred,
                seen.isAfter(today) ? null : seen, 0));
    }

    /**
     * Young people in care within six months of 18 may have a summary made or checked; those who turned 18 in the
     * last three years mostly had theirs given around the birthday.
     */
    private static void summarise(ChildRecord child, boolean inCare, LocalDate today, SplittableRandom random,
            List<HealthServices.Summary> out) {
        var eighteenth = child.dateOfBirth().plusYears(18);
        if (inCare && !eighteenth.isAfter(today.plusMonths(6)) && eighteenth.isAfter(today)
                && random.nextDouble() < 0.5) {
            var made = today.minusDays(random.nextInt(1, 60));
            boolean checked = random.nextBoolean();
            out.add(new HealthServices.Summary(child.childId(), made, checked ? made.plusDays(3) : null,
                    checked ? "health" : null, null, 0));
        } else if (!eighteenth.isAfter(today) && eighteenth.isAfter(today.minusYears(3)) && wasInCareAt17(child)
                && random.nextDouble() < 0.8) {
            var made = eighteenth.minusDays(random.nextInt(20, 90));
            out.add(new HealthServices.Summary(child.childId(), made, made.plusDays(random.nextInt(1, 10)), "health",
                    eighteenth.minusDays(random.nextInt(0, 14)), 0));
        }
    }

    private static boolean wasInCareAt17(ChildRecord child) {
        var seventeenth = child.dateOfBirth().plusYears(17);
        return PeriodOfCare.of(PeriodOfCare.withoutShortBreaks(child.episodes())).stream()
                .anyMatch(p -> p.isOpenAt(seventeenth));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
