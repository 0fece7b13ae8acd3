package org.ourpromise.health;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.health.HealthServices.Referral;
import org.ourpromise.health.HealthServices.Registration;
import org.ourpromise.health.HealthServices.Service;

/** The checks of the child's health page's forms: a registration checked, a referral, the day first seen. */
final class ChildHealthForms {

    static final Map<String, String> SERVICES = HealthFacts.ordered("GP", "GP", "DENTIST", "Dentist", "OPTICIAN",
            "Optician");
    static final Map<String, String> YES_NO = HealthFacts.ordered("yes", "Registered", "no", "Not registered");
    static final Map<String, String> REFERRED_TO = HealthFacts.ordered("CAMHS",
            "CAMHS (children and young people's mental health services)", "OTHER", "Another mental-health service");

    private ChildHealthForms() {
    }

    static @Nullable Registration registration(FormInput in, String childId, LocalDate born, LocalDate today) {
        Service service = in.choice("regService", java.util.List.of(Service.values()), "Select a GP, dentist or optician");
        String answer = in.raw("regRegistered");
        if (!YES_NO.containsKey(answer)) {
            in.error("regRegistered", "Select whether the child is registered");
        }
        String practice = in.text("regPractice", "practice or surgery", 200, false);
        LocalDate checked = in.date("regChecked", "date it was checked", true, today);
        if (checked != null && checked.isBefore(born)) {
            in.error("regChecked", "The date it was checked cannot be before the child was born");
        }
        if (in.hasErrors()) {
            return null;
        }
        return new Registration(childId, service, answer.equals("yes"), practice, checked);
    }

    static @Nullable Referral referral(FormInput in, String childId, LocalDate born, LocalDate today) {
        String to = in.raw("refService");
        if (!REFERRED_TO.containsKey(to)) {
            in.error("refService", "Select who the child was referred to");
        }
        String name = in.text("refName", "name of the service", 200, "OTHER".equals(to));
        LocalDate referred = in.date("refReferred", "date referred", true, today);
        if (referred != null && referred.isBefore(born)) {
            in.error("refReferred", "The date referred cannot be before the child was born");
        }
        LocalDate seen = in.date("refSeen", "date first seen", false, today);
        if (seen != null && referred != null && seen.isBefore(referred)) {
            in.error("refSeen", "The date first seen must be on or after the date referred");
        }
        if (in.hasErrors()) {
            return null;
        }
        return new Referral(0, childId, "CAMHS".equals(to), "CAMHS".equals(to) ? null : name, referred, seen, 0);
    }

    static @Nullable LocalDate firstSeen(FormInput in, String field, Referral referral, LocalDate today) {
        LocalDate seen = in.date(field, "date first seen", true, today);
        if (seen != null && seen.isBefore(referral.referredOn())) {
            in.error(field, "The date first seen must be on or after the date referred ("
                    + org.ourpromise.returns.Ssda903Dates.format(referral.referredOn()) + ")");
        }
        if (referral.firstSeenOn() != null && in.raw("version").equals(String.valueOf(referral.version()))) {
            in.error(field, "The child's first appointment is already recorded");
        }
        return in.hasErrors() ? null : seen;
    }
}
