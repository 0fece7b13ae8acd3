package org.ourpromise.measures;

/**
 * The health service's local measures (issue 12): registration with a GP, a dentist and an optician, waits for
 * mental-health services (median and within 18 weeks) and health summaries given to young people leaving care.
 * Only their definitions live here, so targets and comparators know them like any other local measure; the health
 * room computes them from its own tables. See docs/decisions/0166-health-services-measures.md.
 */
public final class HealthServiceMeasureCatalogue extends MeasuresInOrder {

    public static final String GP = "local.health.registered_gp_pct";
    public static final String DENTIST = "local.health.registered_dentist_pct";
    public static final String OPTICIAN = "local.health.registered_optician_pct";
    public static final String SEEN_IN_18_WEEKS = "local.health.mental_health_seen_within_18_weeks_pct";
    public static final String MEDIAN_WAIT = "local.health.mental_health_median_wait_weeks";
    public static final String STILL_WAITING = "local.health.mental_health_waiting";
    public static final String SUMMARY_GIVEN = "local.health.leaving_care_summary_given_pct";

    private static final String TWICE = "health measure key defined twice: ";
    private static final String LOOKED_AFTER = "children looked after on the period's last day";

    private HealthServiceMeasureCatalogue() {
        registered(GP, "a GP");
        registered(DENTIST, "a dentist");
        registered(OPTICIAN, "an optician");
        define(Measure.percentage(SEEN_IN_18_WEEKS, "Children seen by a mental-health service within 18 weeks. Of "
                + "the referrals to CAMHS or another mental-health service first seen in the period, the share seen "
                + "within 18 weeks (126 days) of the referral.", "referrals seen within 18 weeks",
                "referrals first seen in the period"), TWICE);
        define(Measure.average(MEDIAN_WAIT, "Median wait for a mental-health service, in weeks. The middle wait "
                + "from referral to first seen (the mean of the two middle ones for an even number), of the "
                + "referrals first seen in the period.", "weeks waited (median)", "referrals first seen in the period"),
                TWICE);
        define(Measure.count(STILL_WAITING, "Children waiting for a mental-health service. Children referred to "
                + "CAMHS or another mental-health service on or before the period's last day and not yet seen then.",
                "children waiting on the period's last day"), TWICE);
        define(Measure.percentage(SUMMARY_GIVEN, "Young people given their health summary before they turned 18. "
                + "Of the young people who turned 18 in the period while looked after, the share given their health "
                + "summary (checked by the nurse) before their 18th birthday.", "given their summary before 18",
                "young people looked after who turned 18 in the period"), TWICE);
    }

    private void registered(String key, String who) {
        define(Measure.percentage(key, "Children registered with " + who + ". Of the " + LOOKED_AFTER + ", the share "
                + "whose latest check on or before that day found them registered with " + who + ".",
                "children registered with " + who, LOOKED_AFTER), TWICE);
    }

    public static HealthServiceMeasureCatalogue defaults() {
        return new HealthServiceMeasureCatalogue();
    }
}
