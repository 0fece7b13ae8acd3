package org.ourpromise.timescales;

/**
 * Every deadline the engine computes (DOMAIN.md §3.2, §3.3), with its source and a plain-English
 * description. {@link #code()} is stable: pages, exports and settings refer to rules by it. CPR 2010 =
 * the Care Planning, Placement and Case Review (England) Regulations 2010; RPR 2006 = the Children Act
 * 1989 Representations Procedure (England) Regulations 2006.
 */
public enum DeadlineRule {

    REVIEW_FIRST("CPR 2010 reg 33(1)", "First review within 20 working days of the start of the period of care"),
    REVIEW_SECOND("CPR 2010 reg 33(2)", "Second review not more than 3 months after the first"),
    REVIEW_SUBSEQUENT("CPR 2010 reg 33(2)", "Later reviews not more than 6 months after the previous review"),
    SHORT_BREAK_REVIEW_FIRST("CPR 2010 reg 48 (timing not yet confirmed)",
            "Short breaks: first review within 3 months of the first short break"),
    SHORT_BREAK_REVIEW_SUBSEQUENT("CPR 2010 reg 48 (timing not yet confirmed)",
            "Short breaks: later reviews not more than 6 months after the previous review"),
    IRO_DECISIONS("Local target (IRO Handbook basis not yet confirmed)",
            "IRO's decisions from a review sent out within 5 working days"),
    IRO_MIDWAY_CHECK("Local practice (IRO oversight between reviews; not statutory)",
            "IRO's midway check of the care plan, halfway between a review and the next one due"),
    IRO_UNPLANNED_MOVE_REVIEW("Local practice (the council's; not statutory)",
            "Review within 28 days of an unplanned move of placement"),
    IRO_RECORD("Local target (IRO Handbook basis not yet confirmed)",
            "Full record of a review sent out within 20 working days"),
    CARE_PLAN("CPR 2010 reg 4(2)",
            "Care plan before the first placement or within 10 working days of its start"),
    PLACEMENT_NOTIFICATION("CPR 2010 reg 13",
            "Placement notified before it starts, or within 5 working days in an emergency"),
    PERMANENCE_PLAN("CPR 2010 reg 5(a); statutory guidance",
            "Permanence plan in the care plan by the second review"),
    IHA_REFERRAL("Local target", "Referral for the initial health assessment within 48 hours of becoming looked after"),
    IHA("CPR 2010 reg 7 (wording not yet confirmed)", "Initial health assessment before the first review"),
    RHA_UNDER_5("CPR 2010 reg 7", "Review health assessment at least every 6 months before the 5th birthday"),
    RHA_5_PLUS("CPR 2010 reg 7", "Review health assessment at least every 12 months from the 5th birthday"),
    DENTAL("SSDA903 return, health outcomes (annual check)", "Dental check at least every 12 months"),
    SDQ("Statutory guidance", "Strengths and Difficulties Questionnaire every 12 months, ages 4 to 16"),
    PEP_INITIAL("CPR 2010 reg 5(b)(ii); local target",
            "Personal education plan initiated within 10 working days of becoming looked after"),
    PEP_REVIEW("Statutory guidance; local target", "Personal education plan reviewed at least every 6 months"),
    VISIT_FIRST_WEEK("CPR 2010 reg 28(2)(a)", "Social worker visit within 1 week of the start of a placement"),
    VISIT_FIRST_YEAR("CPR 2010 reg 28(2)(a)",
            "Visits not more than 6 weeks apart in the first year of a placement"),
    VISIT_LONG_TERM("CPR 2010 reg 28(2)(b)(i)",
            "After the first year of a placement intended to last until 18, visits not more than 3 months apart"),
    VISIT_LONG_TERM_CHILD_AGREED("CPR 2010 reg 28(2)(b)(i) as amended from April 2015 (wording not yet confirmed)",
            "After the first year of a placement intended to last until 18, visits not more than 6 months apart "
                    + "while the child agrees"),
    VISIT_AFTER_FIRST_YEAR("CPR 2010 reg 28(2)(b)(ii)",
            "After the first year of any other placement, visits not more than 6 weeks apart"),
    VISIT_WITH_PARENT_WEEKLY("CPR 2010 reg 28(3) (mapping from the record not yet confirmed)",
            "Placed with a parent before the assessment is complete: weekly visits until the first review"),
    VISIT_WITH_PARENT("CPR 2010 reg 28(3) (mapping from the record not yet confirmed)",
            "Placed with a parent: after the first review, visits not more than 6 weeks apart"),
    VISIT_ICO_WITH_PARENT_WEEKLY("CPR 2010 reg 28(4)",
            "Interim care order and living with a parent: weekly visits until the first review"),
    VISIT_ICO_WITH_PARENT("CPR 2010 reg 28(4)",
            "Interim care order and living with a parent: after the first review, visits not more than 4 weeks apart"),
    VISIT_TEMPORARY_APPROVAL_WEEKLY("CPR 2010 reg 28(4) (until the first review of the period of care: reading not yet confirmed)",
            "Placed with a relative or friend temporarily approved as a foster carer (reg 24): weekly visits until the "
                    + "first review"),
    VISIT_TEMPORARY_APPROVAL("CPR 2010 reg 28(4)",
            "Placed with a relative or friend temporarily approved as a foster carer (reg 24): after the first review, "
                    + "visits not more than 4 weeks apart until they are approved"),
    VISIT_CARE_ORDER_WITH_PARENT_FIRST_WEEK("CPR 2010 reg 28(5)",
            "Care order made while living with a parent: visit within 1 week of the order"),
    VISIT_CARE_ORDER_WITH_PARENT("CPR 2010 reg 28(5)",
            "Care order and living with a parent: visits not more than 6 weeks apart"),
    VISIT_SHORT_BREAK("CPR 2010 reg 48(3)(c) (first and last day of a break counting: reading not yet confirmed)",
            "Short breaks: visits on days the child is placed, at the interval agreed with the IRO and the parents"),
    NEEDS_ASSESSMENT_16("CPR 2010 reg 42(1)",
            "Needs assessment within 3 months of the 16th birthday or of becoming an eligible child after it"),
    PATHWAY_PLAN_REVIEW("Care leavers regulations (England reg number not yet confirmed)",
            "Pathway plan in place within 6 months of becoming eligible (local reading), then reviewed every 6 months"),
    PA_CONTACT("Care leavers regulations (reg number not yet confirmed)",
            "Personal adviser contact: at most every 2 months while the council provides the accommodation,"
                    + " otherwise as the pathway plan sets"),
    RETURN_INTERVIEW("Statutory guidance on missing children (2014)",
            "Return home interview within 72 hours of return from a missing or away episode"),
    COMPLAINT_STAGE_1("RPR 2006 reg 14", "Stage 1 response within 10 working days (20 if extended)"),
    COMPLAINT_STAGE_2("RPR 2006 reg 17 (text not yet confirmed)",
            "Stage 2 investigation and adjudication within 25 working days (65 if extended)"),
    COMPLAINT_STAGE_3_PANEL("RPR 2006 reg 19(4)", "Stage 3 review panel meets within 30 working days of the request"),
    COMPLAINT_STAGE_3_REPORT("RPR 2006 reg 20", "Panel's report within 5 working days of the panel meeting"),
    COMPLAINT_STAGE_3_RESPONSE("RPR 2006 reg 20",
            "Local authority's response within 15 working days of receiving the panel's recommendations");

    private final String source;
    private final String description;

    DeadlineRule(String source, String description) {
        this.source = source;
        this.description = description;
    }

    /** The stable code, e.g. {@code REVIEW_FIRST}. */
    public String code() {
        return name();
    }

    /** The regulation or guidance, or "Local target". */
    public String source() {
        return source;
    }

    public String description() {
        return description;
    }

    public boolean isLocalTarget() {
        return source.startsWith("Local target");
    }
}
