package org.ourpromise.measures;

/**
 * The children-at-risk service's local measures (issue 13): exploitation risk, children missing repeatedly and their
 * missing panel reviews, youth justice, and other councils' children placed in the area. Only their definitions
 * live here, so targets and comparators know them like any other local measure; the risk room computes them from
 * its own tables. See docs/decisions/0154-children-at-risk-measures.md.
 */
public final class RiskServiceMeasureCatalogue extends MeasuresInOrder {

    public static final String HIGH_RISK = "local.risk.high_risk_of_exploitation";
    public static final String REPEAT_MISSING = "local.risk.missing_repeatedly";
    public static final String MISSING_PANEL_REVIEWED = "local.risk.missing_panel_reviewed_pct";
    public static final String YOUTH_JUSTICE = "local.risk.youth_justice";
    public static final String PLACED_HERE = "local.risk.placed_here_by_other_councils";

    private RiskServiceMeasureCatalogue(int episodes, int days) {
        String repeat = episodes + " or more missing or away episodes starting in the " + days + " days up to and "
                + "including the period's last day";
        define(Measure.count(HIGH_RISK, "Children at high risk of exploitation. Children whose latest assessment of "
                + "the risk of sexual or of criminal exploitation, on or before the period's last day, is high.",
                "children at high risk on the period's last day"), TWICE);
        define(Measure.count(REPEAT_MISSING, "Children missing repeatedly. Children with " + repeat + ".",
                "children missing repeatedly on the period's last day"), TWICE);
        define(Measure.percentage(MISSING_PANEL_REVIEWED, "Children missing repeatedly reviewed by the missing panel. "
                + "Of the children with " + repeat + ", the share with a missing panel review in those " + days
                + " days.", "children missing repeatedly with a missing panel review in the window",
                "children missing repeatedly on the period's last day"), TWICE);
        define(Measure.count(YOUTH_JUSTICE, "Children with a court order, remand or custody. Children whose youth "
                + "justice order, remand or custody ran on at least one day of the period.",
                "children with youth justice in the period"), TWICE);
        define(Measure.count(PLACED_HERE, "Other councils' children placed in the area. Placements of children in "
                + "other councils' care living in the area on at least one day of the period (they have no record "
                + "here, so no child is listed).", "placements in the area in the period"), TWICE);
    }

    private static final String TWICE = "children-at-risk measure key defined twice: ";

    /** With the council's repeat-missing threshold in the words. */
    public static RiskServiceMeasureCatalogue of(int episodes, int days) {
        return new RiskServiceMeasureCatalogue(episodes, days);
    }

    /** With the default threshold's words (3 episodes in 90 days): for target and comparator lists. */
    public static RiskServiceMeasureCatalogue defaults() {
        return of(3, 90);
    }
}
