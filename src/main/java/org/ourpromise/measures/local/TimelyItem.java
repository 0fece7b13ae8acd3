package org.ourpromise.measures.local;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.TimescaleSettings;

/**
 * The local measures that are deadlines met on time: each a set of the deadline engine's rules, counted in a
 * period as the timeliness page counts them. Numerator: items done in the period on or before their due date;
 * denominator: items done in the period; outstanding: items due in the period and not done by its last day.
 */
public enum TimelyItem {

    VISITS("local.visits", visitRules()) {
        @Override
        public String description(TimescaleSettings s) {
            return "Statutory visits on time. Of the social worker visits made in the period, the share made by the "
                    + "date the visiting rules (Care Planning Regulations reg 28) set: within a week of a new placement, "
                    + "then not more than 6 weeks apart, or 3 months apart after the first year of a placement meant "
                    + "to last until 18, and the weekly and 4-weekly rules for a child living with a parent. Each "
                    + "visit is due from the one before it. " + COUNTED;
        }
    },
    IHA("local.iha", List.of(DeadlineRule.IHA)) {
        @Override
        public String description(TimescaleSettings s) {
            return "Initial health assessments within 20 working days. Of the initial health assessments held in the "
                    + "period, the share held by the date the child's first review was due: 20 working days after "
                    + "becoming looked after (England and Wales working days, so bank holidays and Christmas do not "
                    + "count). " + COUNTED;
        }
    },
    IHA_REFERRAL("local.iha_referral", List.of(DeadlineRule.IHA_REFERRAL)) {
        @Override
        public String description(TimescaleSettings s) {
            int n = s.ihaReferralWorkingDays();
            String within = n == 2 ? "48 hours" : n + " working day" + (n == 1 ? "" : "s");
            return "Health assessment referrals within " + within + ". Of the referrals for an initial health assessment "
                    + "made in the period, the share made within " + n + " working day" + (n == 1 ? "" : "s")
                    + " of the child becoming looked after: the council's local target, counted in working days "
                    + "because the record holds dates, not times. " + COUNTED;
        }
    },
    RETURN_INTERVIEWS("local.return_interviews", List.of(DeadlineRule.RETURN_INTERVIEW)) {
        @Override
        public String description(TimescaleSettings s) {
            int d = s.returnInterviewDays();
            return "Return home interviews within " + s.returnInterviewHours() + " hours. Of the return home "
                    + "interviews held in the period after a child returned from being missing or away (or offered "
                    + "on a day and declined), the share held within " + s.returnInterviewHours() + " hours of the "
                    + "return, counted as " + d + " calendar day" + (d == 1 ? "" : "s") + " after the day of return "
                    + "because the record holds dates, not times: weekends count. " + COUNTED;
        }
    },
    PERMANENCE_PLANS("local.permanence_plans", List.of(DeadlineRule.PERMANENCE_PLAN)) {
        @Override
        public String description(TimescaleSettings s) {
            return "Permanence plans by the second review. Of the permanence plans recorded in the period, the share "
                    + "recorded by the latest day the second review could fall if the first was on time: 3 months "
                    + "after the first review's due date. " + COUNTED;
        }
    },
    LEAVER_CONTACTS("local.leaver_contacts", List.of(DeadlineRule.PA_CONTACT)) {
        @Override
        public String description(TimescaleSettings s) {
            return "Care leavers' contacts with their personal adviser on time. Of the contacts in which the young "
                    + "person was in touch with their personal adviser in the period, the share made by the day due "
                    + "under the adviser's contact duty: while the council provides the young person's accommodation, "
                    + "a visit at most 2 months after the last (sooner if the pathway plan says so); otherwise any "
                    + "contact at the interval the pathway plan sets, or, if it sets none, the interval set for "
                    + "relevant (under 18) or former relevant young people; each counted from the day of the last "
                    + "contact, or of leaving care. Where the council's records of the duty are not known (a return "
                    + "read on its own), within 7 days of leaving care, then not more than 2 months apart. Contacts "
                    + "are owed for as long as "
                    + "the young person's recorded entitlement lasts: to 21; to the end of an agreed programme of "
                    + "education or training; back in education or training before 25; or to 25 on request, ending "
                    + "when they say they no longer want it. Without a recorded entitlement, to "
                    + s.personalAdviserUntilAge() + ". " + COUNTED;
        }
    };

    /** How items count, the same words for every timeliness measure. */
    static final String COUNTED = "Each counts in the period it was done, as on the timeliness page; those not done "
            + "by the end of the period are counted as outstanding.";

    private final String prefix;
    private final List<DeadlineRule> rules;

    TimelyItem(String prefix, List<DeadlineRule> rules) {
        this.prefix = prefix;
        this.rules = List.copyOf(rules);
    }

    public abstract String description(TimescaleSettings s);

    public String onTimeKey() {
        return prefix + "_on_time_pct";
    }

    public String outstandingKey() {
        return prefix + "_outstanding";
    }

    public List<DeadlineRule> rules() {
        return rules;
    }

    /** What the item is, in words: "visits", "initial health assessments". */
    private String things() {
        return switch (this) {
            case VISITS -> "statutory visits";
            case IHA -> "initial health assessments";
            case IHA_REFERRAL -> "referrals for an initial health assessment";
            case RETURN_INTERVIEWS -> "return home interviews";
            case PERMANENCE_PLANS -> "permanence plans";
            case LEAVER_CONTACTS -> "care leavers' contacts with their personal adviser";
        };
    }

    public String numerator() {
        return things() + " done in the period on or before the day they were due";
    }

    public String denominator() {
        return things() + " done in the period";
    }

    public String outstandingCohort() {
        return things() + " due in the period and not done by its last day";
    }

    public String outstandingDescription(TimescaleSettings s) {
        String label = things().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + things().substring(1);
        return label + " outstanding. " + label + " that fell due in the period and had not been done by its last "
                + "day, whenever they were done afterwards; the figure beside the percentage of those done on time.";
    }

    /** The measure a rule belongs to, or null when none does. */
    public static @Nullable TimelyItem of(DeadlineRule rule) {
        return BY_RULE[rule.ordinal()];
    }

    private static final @Nullable TimelyItem[] BY_RULE = new TimelyItem[DeadlineRule.values().length];

    static {
        for (var item : values()) {
            for (var rule : item.rules) {
                BY_RULE[rule.ordinal()] = item;
            }
        }
    }

    /** Every reg 28 visiting rule: the engine names them VISIT_*. */
    private static List<DeadlineRule> visitRules() {
        return Arrays.stream(DeadlineRule.values()).filter(r -> r.name().startsWith("VISIT_")).toList();
    }
}
