package org.ourpromise.access;

/** What a role may do. Pages and endpoints each require one; nothing is allowed without one. */
public enum Permission {
    /** Open child records, within the role's {@link ChildScope}. */
    VIEW_CHILD_RECORDS,
    /** Record events on a child's record (placement change, review, health, missing, contact). */
    RECORD_EVENTS,
    /** Council-wide figures without child-level detail (board pack, dashboards). */
    VIEW_AGGREGATE_FIGURES,
    /** Data quality and the SSDA903 return for the whole council. */
    MANAGE_RETURN,
    /** Search the audit log. */
    VIEW_AUDIT,
    /** Maintain the council's own lists (reasons for lateness). */
    MANAGE_LISTS,
    /** Log complaints by or about children and record their stages; sees the child's name, not the record. */
    MANAGE_COMPLAINTS,
    /** Set, change and remove the council's targets for its measures (the performance team). */
    MANAGE_TARGETS,
    /** The list of quality assurance alerts (the IRO's own, a team manager's team's, the IRO manager's all). */
    VIEW_QA_ALERTS,
    /** Raise quality assurance alerts on a child, accept the response, escalate, refer to Cafcass (IROs). */
    RAISE_QA_ALERTS,
    /** Answer the quality assurance alerts addressed to oneself or one's team (social workers, team managers). */
    RESPOND_TO_QA_ALERTS,
    /** Every open alert and escalation, the Pre-Challenge and Challenge meetings (the IRO manager). */
    MANAGE_ESCALATIONS,
    /** The IRO service's annual report (the IRO manager and the performance team). */
    VIEW_IRO_REPORT
}
