package org.ourpromise.measures;

import java.util.List;

/**
 * The workforce's local measures (issue 10): children per full-time social worker and young people per full-time
 * personal adviser (contracted hours from the staff directory), the share of staff employed through an agency, and
 * changes of social worker per child in the period. Defined here so targets, comparators and the CSV checks know
 * them like any other local measure; {@link WorkforceMeasures} computes them from the record and a {@link Workforce}
 * value the staff room builds. See docs/decisions/0180-workforce-measures.md.
 */
public final class WorkforceMeasureCatalogue extends MeasuresInOrder {

    public static final String CHILDREN_PER_SOCIAL_WORKER = "local.workforce.children_per_social_worker_fte";
    public static final String YOUNG_PEOPLE_PER_ADVISER = "local.workforce.young_people_per_adviser_fte";
    public static final String AGENCY_STAFF = "local.workforce.agency_staff_pct";
    public static final String SOCIAL_WORKER_CHANGES = "local.workforce.social_worker_changes_per_child";

    public static final List<String> KEYS = List.of(CHILDREN_PER_SOCIAL_WORKER, YOUNG_PEOPLE_PER_ADVISER, AGENCY_STAFF,
            SOCIAL_WORKER_CHANGES);

    private static final String FTE = " Each worker's contracted hours come from the staff directory as a share of full "
            + "time (a half-time worker counts 0.5); a worker holding cases whom the directory does not list counts as "
            + "full time. The workers counted are those in post in the role on the period's last day and anyone "
            + "allocated in the role that day.";

    private WorkforceMeasureCatalogue() {
        define(Measure.count(CHILDREN_PER_SOCIAL_WORKER, "Children per full-time social worker. The children with a "
                + "social worker allocated on the period's last day, divided by the full-time equivalent of the social "
                + "workers." + FTE, "children with a social worker allocated on the period's last day"), TWICE);
        define(Measure.count(YOUNG_PEOPLE_PER_ADVISER, "Young people per full-time personal adviser. The young people "
                + "with a personal adviser allocated on the period's last day, divided by the full-time equivalent of "
                + "the personal advisers." + FTE, "young people with a personal adviser allocated on the period's last "
                + "day"), TWICE);
        define(Measure.percentage(AGENCY_STAFF, "Share of staff employed through an agency. Of the staff in post on the "
                + "period's last day (social workers, team managers, independent reviewing officers and personal "
                + "advisers in the staff directory), the share employed through an agency rather than permanently, "
                + "counted by head, not by hours.", "agency staff in post on the period's last day",
                "staff in post on the period's last day"), TWICE);
        define(Measure.average(SOCIAL_WORKER_CHANGES, "Changes of social worker per child. For the children with a "
                + "social worker allocated on at least one day of the period, the mean number of times their social "
                + "worker changed in it: an allocation starting in the period after an earlier one to a different "
                + "worker (a first social worker is not a change, nor the same worker allocated again).",
                "changes of social worker in the period", "children with a social worker in the period"), TWICE);
    }

    private static final String TWICE = "workforce measure key defined twice: ";

    public static WorkforceMeasureCatalogue defaults() {
        return new WorkforceMeasureCatalogue();
    }
}
