package org.ourpromise.measures;

/**
 * The Virtual School's local measures (issue 12): attendance, persistent absence, schools graded Good or
 * Outstanding, EHCPs, suspensions and permanent exclusions, PEPs on time and their quality, attainment by key stage
 * and Pupil Premium Plus paid to schools. Only their definitions live here, so targets and comparators know them like
 * any other local measure; the education room computes them with the figure classes its own pages and the Virtual
 * School Head's report use. See docs/decisions/0192-education-measures.md.
 */
public final class EducationMeasureCatalogue extends MeasuresInOrder {

    public static final String ATTENDANCE = "local.education.attendance_pct";
    public static final String PERSISTENT_ABSENCE = "local.education.persistent_absence_pct";
    public static final String GOOD_SCHOOLS = "local.education.good_or_outstanding_school_pct";
    public static final String EHCP = "local.education.ehcp_pct";
    public static final String SUSPENDED = "local.education.suspended_pct";
    public static final String PERMANENTLY_EXCLUDED = "local.education.permanently_excluded_pct";
    public static final String PEPS_ON_TIME = "local.education.peps_on_time_pct";
    public static final String PEPS_NEEDING_ACTION = "local.education.peps_needing_action_pct";
    public static final String EYFS = "local.education.eyfs_good_level_pct";
    public static final String KS2 = "local.education.ks2_expected_rwm_pct";
    public static final String KS4_9_4 = "local.education.ks4_english_maths_9_4_pct";
    public static final String KS4_9_5 = "local.education.ks4_english_maths_9_5_pct";
    public static final String ATTAINMENT_8 = "local.education.ks4_attainment_8";
    public static final String PUPIL_PREMIUM_PAID = "local.education.pupil_premium_plus_paid_pct";

    private static final String TWICE = "education measure key defined twice: ";

    /** The period every school-year measure is counted over, and the children it is about. */
    static final String SCHOOL_YEAR = " Counted over the school year (1 September to 31 August) that includes the 31 "
            + "March the collection year ends on, to today while it is running, for the Virtual School's children: "
            + "those looked after (short breaks apart) on the period's last day.";

    /** The attainment cohort, as the DfE publishes outcomes for children looked after. */
    private static final String RESULTS = " Results of the school year that includes the 31 March the collection year "
            + "ends on, for the children looked after continuously for the 12 months to that 31 March (the cohort the "
            + "DfE publishes outcomes for), as imported from the council's school data or entered.";

    private EducationMeasureCatalogue() {
        define(Measure.percentage(ATTENDANCE, "Attendance at school. Of the sessions the Virtual School's children "
                + "could have attended, the share they attended (a child with more possible sessions weighs more, as "
                + "in the DfE's figures)." + SCHOOL_YEAR, "sessions attended",
                "possible sessions recorded for the children"), TWICE);
        define(Measure.percentage(PERSISTENT_ABSENCE, "Children persistently absent from school. Of the children "
                + "with attendance recorded, the share who missed 10% or more of their possible sessions, as the DfE "
                + "defines persistent absence." + SCHOOL_YEAR, "children who missed 10% or more of their sessions",
                "children with attendance recorded"), TWICE);
        define(Measure.percentage(GOOD_SCHOOLS, "Children at a Good or Outstanding school. Of the children of "
                + "statutory school age (Year 1 to Year 11) on roll at a school whose latest Ofsted inspection gave an "
                + "overall grade, the share at a school graded Good or Outstanding. Schools inspected since September "
                + "2024 have no overall grade and are left out, never counted as either. Counted on the period's last "
                + "day." + SCHOOL_YEAR, "children at a school graded Good or Outstanding overall",
                "children of statutory school age at a school with an overall grade"), TWICE);
        define(Measure.percentage(EHCP, "Children with an education, health and care plan. Of the children on roll "
                + "at a school on the period's last day, the share with an education, health and care plan." + SCHOOL_YEAR,
                "children with an education, health and care plan", "children on roll at a school"), TWICE);
        define(Measure.percentage(SUSPENDED, "Children suspended from school. Of the Virtual School's children, the "
                + "share with at least one suspension beginning in the period (a suspension on 31 August belongs to "
                + "the school year ending that day, one on 1 September to the next)." + SCHOOL_YEAR,
                "children with a suspension", "the Virtual School's children"), TWICE);
        define(Measure.percentage(PERMANENTLY_EXCLUDED, "Children permanently excluded from school. Of the Virtual "
                + "School's children, the share permanently excluded in the period." + SCHOOL_YEAR,
                "children permanently excluded", "the Virtual School's children"), TWICE);
        define(Measure.percentage(PEPS_ON_TIME, "Personal education plans on time. Of the PEP deadlines that fell "
                + "due in the period (started within 10 working days of entering care, in place for the first review, "
                + "one each school term and one within 10 working days of a change of school or carer, for the ages "
                + "the Virtual School's settings give), the share met on or before the day. A term's PEP is due on "
                + "its last working day, so a term ending on a weekend or bank holiday is due the working day before. "
                + "A deadline due on the period's last day and not yet met is not counted until it is missed."
                + SCHOOL_YEAR, "PEP deadlines met on time", "PEP deadlines that fell due"), TWICE);
        define(Measure.percentage(PEPS_NEEDING_ACTION, "Personal education plans needing remedial action. Of the "
                + "PEPs held in the period that the Virtual School has rated for quality, the share rated requiring "
                + "improvement or inadequate, so that the school had to take remedial action." + SCHOOL_YEAR,
                "PEPs rated requiring improvement or inadequate", "PEPs held in the period and rated"), TWICE);
        define(Measure.percentage(EYFS, "Early years: a good level of development. Of the children with an early "
                + "years foundation stage profile result, the share reaching a good level of development." + RESULTS,
                "children reaching a good level of development", "children with an early years result"), TWICE);
        define(Measure.percentage(KS2, "Key stage 2: expected standard in reading, writing and maths. Of the "
                + "children with a key stage 2 result, the share reaching the expected standard in all three."
                + RESULTS, "children at the expected standard in reading, writing and maths",
                "children with a key stage 2 result"), TWICE);
        define(Measure.percentage(KS4_9_4, "Key stage 4: grade 9 to 4 in English and maths. Of the children with "
                + "a key stage 4 result, the share with grade 4 or above in both English and maths." + RESULTS,
                "children with grade 4 or above in English and maths", "children with a key stage 4 result"), TWICE);
        define(Measure.percentage(KS4_9_5, "Key stage 4: grade 9 to 5 in English and maths. Of the children with "
                + "a key stage 4 result, the share with grade 5 or above in both English and maths." + RESULTS,
                "children with grade 5 or above in English and maths", "children with a key stage 4 result"), TWICE);
        define(Measure.average(ATTAINMENT_8, "Key stage 4: Attainment 8. The average Attainment 8 score of the "
                + "children with one, to one decimal place (the total is rounded to a whole number)." + RESULTS,
                "Attainment 8 scores", "children with an Attainment 8 score"), TWICE);
        define(Measure.percentage(PUPIL_PREMIUM_PAID, "Pupil Premium Plus paid to schools. Of the Pupil Premium Plus "
                + "allocated to schools for the eligible children (looked after, Reception to Year 11) in the "
                + "financial year (1 April to 31 March, the collection year itself), after the Virtual School's "
                + "top-slice, the share paid to schools against their PEPs so far. Payments beyond a child's "
                + "allocation (top-ups from the Virtual School's pool) are not counted; amounts are whole pounds.",
                "pounds of the allocations paid to schools", "pounds allocated to schools"), TWICE);
    }

    public static EducationMeasureCatalogue defaults() {
        return new EducationMeasureCatalogue();
    }
}
