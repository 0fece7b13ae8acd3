package org.ourpromise.reports;

import java.util.List;

/**
 * The sections of the annual "Children in Care and Permanence" report, in the order and under the headings of
 * the council report it follows (seeds/001: 2.4 numbers, 2.5 placement profile, 3.1 stability, 3.3 adoption,
 * 3.5 entry and exit, 4 education, 5 health, 6.2 missing, 7 care leavers; reviews from the IRO section).
 * Each names its headline measures, the measures its chart draws ({@code key=Label}, or a breakdown prefix
 * ending in a dot) and the breakdowns tabled under it.
 */
public enum ReportSection {
    NUMBERS("Numbers of children in care",
            List.of("cla.at_31_march", "cla.rate_per_10000", "cla.during_year", "cla.uasc"),
            "Children looked after at 31 March, by age", List.of("cla.by_age."),
            List.of("cla.by_age.", "cla.by_sex.", "cla.by_legal_status.", "cla.by_ethnic_group.")),
    PLACEMENTS("Placement profile",
            List.of("cla.family_based_pct", "cla.with_parents_on_care_order"),
            "Children looked after at 31 March, by type of placement", List.of("cla.by_placement_group."),
            List.of("cla.by_placement_group.", "cla.by_provider.")),
    STABILITY("Stability",
            List.of("stability.three_plus_placements_pct", "stability.long_term_pct"),
            "Placement stability (percentages)",
            List.of("stability.three_plus_placements_pct=Three or more placements in the year",
                    "stability.long_term_pct=Same placement for 2 years or more"),
            List.of()),
    PERMANENCE("Permanence and adoption",
            List.of("adoption.adopted", "adoption.a1_average_days", "adoption.a2_average_days",
                    "adoption.a3_under_14_months_pct", "adoption.placement_orders", "ceased.special_guardianship",
                    "ceased.child_arrangements"),
            "Children leaving care to a permanent family, by legal route",
            List.of("ceased.adopted=Adoption", "ceased.special_guardianship=Special guardianship order",
                    "ceased.child_arrangements=Child arrangements order"),
            List.of()),
    ENTRY_AND_EXIT("Entry to and exit from care",
            List.of("starts.periods", "starts.children", "starts.s20_pct", "starts.previous_permanence",
                    "ceased.periods", "ceased.children", "ceased.returned_home_pct"),
            "Periods of care started in the year, by category of need", List.of("starts.by_cin."),
            List.of("starts.by_cin.", "ceased.by_reason.")),
    EDUCATION("Education",
            List.of("oc2.cohort"),
            "Children looked after at 31 March and those looked after for 12 months",
            List.of("cla.at_31_march=Looked after at 31 March", "oc2.cohort=Looked after continuously for 12 months"),
            List.of()),
    HEALTH("Health of children in care",
            List.of("oc2.health_assessment_pct", "oc2.teeth_check_pct", "oc2.immunisations_pct",
                    "oc2.health_check_pct", "oc2.sdq_returned_pct", "oc2.sdq_average", "oc2.substance_misuse_pct",
                    "oc2.intervention_received_pct", "oc2.convicted_pct"),
            "Health outcomes of children looked after for 12 months (percentages)",
            List.of("oc2.health_assessment_pct=Annual health assessment", "oc2.teeth_check_pct=Teeth checked",
                    "oc2.immunisations_pct=Immunisations up to date", "oc2.health_check_pct=Development checks (under 5)",
                    "oc2.sdq_returned_pct=SDQ score returned"),
            List.of("oc2.sdq_band.")),
    MISSING("Children missing from care",
            List.of("missing.children", "missing.incidents", "missing.pct", "missing.average_incidents",
                    "away.children", "away.incidents"),
            "Missing and away from placement: children and incidents",
            List.of("missing.children=Children who went missing", "missing.incidents=Missing incidents",
                    "away.children=Children away without authorisation", "away.incidents=Away incidents"),
            List.of()),
    CARE_LEAVERS("Care leavers",
            List.of("oc3.cohort.all", "oc3.in_touch_pct.all", "oc3.eet_pct.all", "oc3.suitable_accommodation_pct.all",
                    "oc3.in_touch_pct.19_to_21", "oc3.eet_pct.19_to_21", "oc3.suitable_accommodation_pct.19_to_21",
                    "oc3.suitable_accommodation_pct.18"),
            "Care leavers aged 19 to 21 (percentages)",
            List.of("oc3.in_touch_pct.19_to_21=In touch", "oc3.eet_pct.19_to_21=In education, employment or training",
                    "oc3.suitable_accommodation_pct.19_to_21=In suitable accommodation"),
            List.of("oc3.cohort.", "oc3.in_touch_pct.", "oc3.eet_pct.", "oc3.suitable_accommodation_pct.",
                    "oc3.neet_by_reason.")),
    REVIEWS("Reviews of children's care",
            List.of("reviews.held", "reviews.on_time_pct", "reviews.participation_pct"),
            "Reviews held in the year, by how the child took part", List.of("reviews.participation."),
            List.of("reviews.participation."));

    private final String title;
    private final List<String> headlines;
    private final String chartTitle;
    private final List<String> chartMeasures;
    private final List<String> breakdowns;

    ReportSection(String title, List<String> headlines, String chartTitle, List<String> chartMeasures,
            List<String> breakdowns) {
        this.title = title;
        this.headlines = headlines;
        this.chartTitle = chartTitle;
        this.chartMeasures = chartMeasures;
        this.breakdowns = breakdowns;
    }

    public String title() {
        return title;
    }

    public List<String> headlines() {
        return headlines;
    }

    public String chartTitle() {
        return chartTitle;
    }

    public List<String> chartMeasures() {
        return chartMeasures;
    }

    public List<String> breakdowns() {
        return breakdowns;
    }

    /** The anchor used in the HTML and the narrative store: {@code care-leavers}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
