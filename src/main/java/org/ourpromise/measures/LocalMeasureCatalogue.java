package org.ourpromise.measures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ourpromise.measures.local.TimelyItem;

/**
 * The local measures computed from the council's own record (issue 4), beyond what the SSDA903 return carries:
 * each a small named definition (cohort, numerator, denominator, breakdowns) with a plain-English description
 * that every page and report shows with the figure. Descriptions quote the council's settings, so they say what
 * was actually computed. The timeliness measures count deadlines exactly as the timeliness page does
 * ({@link org.ourpromise.timescales.DueItem}'s period definitions over the deadline engine's items); see
 * docs/decisions/0009-local-measures-from-the-record.md.
 */
public final class LocalMeasureCatalogue extends MeasuresInOrder {

    public static final String CARE_PLANS_REVIEWED = "local.care_plans_reviewed_pct";
    public static final String PEPS_CURRENT = "local.peps_current_pct";
    public static final String IRO_CASELOAD_AVERAGE = "local.iro_caseload_average";
    public static final String IROS = "local.iros";
    public static final String IROS_BELOW = "local.iros.below_range";
    public static final String IROS_WITHIN = "local.iros.within_range";
    public static final String IROS_ABOVE = "local.iros.above_range";

    /** The keys about the IRO service as a whole (never split by the social work team of a child). */
    public static final List<String> IRO_KEYS = List.of(IRO_CASELOAD_AVERAGE, IROS, IROS_BELOW, IROS_WITHIN, IROS_ABOVE);

    /** Breakdown dimensions: the child's social worker's team on the period's last day; the deadline rule. */
    public static final String BY_TEAM = "team";
    public static final String BY_RULE = "rule";

    /** The category of a child with no social worker allocated on the day. */
    public static final String NO_TEAM = "none";

    private final LocalMeasureSettings settings;
    private final Map<String, List<String>> breakdowns = new LinkedHashMap<>();

    private LocalMeasureCatalogue(LocalMeasureSettings settings) {
        this.settings = settings;
        for (var item : TimelyItem.values()) {
            var dims = item.rules().size() > 1 ? List.of(BY_TEAM, BY_RULE) : List.of(BY_TEAM);
            add(Measure.percentage(item.onTimeKey(), item.description(settings.timescales()),
                    item.numerator(), item.denominator()), dims);
            add(Measure.count(item.outstandingKey(), item.outstandingDescription(settings.timescales()),
                    item.outstandingCohort()), dims);
        }
        var ts = settings.timescales();
        add(Measure.percentage(CARE_PLANS_REVIEWED, "Care plans reviewed in the last 6 months. Of the children "
                + "looked after on the last day of the period (short breaks apart) whose first review was due before "
                + "that day, the share with a review held since their period of care began and not more than 6 months "
                + "before that day. The 6 months run forward from the review, as the review rule counts them: a review "
                + "held on 30 September still counts on 30 March, not on 31 March, when the next one is overdue.",
                "children with a review held within the 6 months up to the period's last day",
                "children looked after on the period's last day whose first review was due before it"), List.of(BY_TEAM));
        add(Measure.percentage(PEPS_CURRENT, "Personal education plans up to date. Of the children looked after "
                + "on the last day of the period (short breaks apart) aged " + ts.pepFromAge() + " to "
                + (ts.pepUntilAge() - 1) + " on that day whose first PEP was due before it, the share with a PEP "
                + "meeting held not more than " + ts.pepReviewMonths() + " months before that day, counted forward "
                + "from the meeting as the PEP rule does. School age is taken from birthdays, as the PEP deadlines take "
                + "it (strictly, compulsory school age starts the term after the 5th birthday).",
                "children with a PEP meeting within the " + ts.pepReviewMonths() + " months up to the period's last day",
                "children of PEP age looked after on the period's last day whose first PEP was due before it"),
                List.of(BY_TEAM));
        String basis = settings.bandOnWeightedCaseload() ? "weighted caseload" : "looked-after children";
        String fte = " Each worker id is counted as one full-time IRO: part-time IROs make the figures look lower "
                + "than they are.";
        add(Measure.average(IRO_CASELOAD_AVERAGE, "Looked-after children per IRO. The average number of "
                + "looked-after children (short breaks apart) allocated to each independent reviewing officer on the "
                + "last day of the period, against the IRO Handbook's " + settings.caseloadLow() + " to "
                + settings.caseloadHigh() + " per full-time IRO." + fte,
                "looked-after children allocated to IROs (a child allocated to two IROs counts for each)",
                "IROs with at least one child allocated on the period's last day"), List.of());
        add(Measure.count(IROS, "Independent reviewing officers with children allocated. Workers allocated as "
                + "IRO to at least one child on the last day of the period." + fte,
                "IROs with at least one child allocated on the period's last day"), List.of());
        add(Measure.count(IROS_BELOW, "IROs below the handbook range. IROs whose " + basis + " on the last day "
                + "of the period is below " + settings.caseloadLow() + "." + fte,
                "IROs below the range"), List.of());
        add(Measure.count(IROS_WITHIN, "IROs within the handbook range. IROs whose " + basis + " on the last day "
                + "of the period is from " + settings.caseloadLow() + " to " + settings.caseloadHigh()
                + ", both included." + fte, "IROs within the range"), List.of());
        add(Measure.count(IROS_ABOVE, "IROs above the handbook range. IROs whose " + basis + " on the last day "
                + "of the period is above " + settings.caseloadHigh() + "." + fte,
                "IROs above the range"), List.of());
    }

    private void add(Measure measure, List<String> dims) {
        define(measure, "local measure key defined twice: ");
        breakdowns.put(measure.key(), dims);
    }

    public static LocalMeasureCatalogue of(LocalMeasureSettings settings) {
        return new LocalMeasureCatalogue(settings);
    }

    public LocalMeasureSettings settings() {
        return settings;
    }

    /** The breakdown dimensions of a measure ({@link #BY_TEAM}, {@link #BY_RULE}), in order; empty for none. */
    public List<String> breakdowns(String key) {
        return breakdowns.getOrDefault(key, List.of());
    }

    /** The key counting what is still outstanding for a timeliness percentage, if it is one. */
    public static Optional<String> outstandingKeyOf(String onTimeKey) {
        for (var item : TimelyItem.values()) {
            if (item.onTimeKey().equals(onTimeKey)) {
                return Optional.of(item.outstandingKey());
            }
        }
        return Optional.empty();
    }

    public static boolean isLocal(String key) {
        return key.startsWith("local.");
    }
}
