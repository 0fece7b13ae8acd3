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
    /** The Virtual School: every looked-after child's education record (schools, attendance, PEPs, PP+), not the rest. */
    MANAGE_EDUCATION,
    /** The looked-after children's nurse: every looked-after child's health record and health figures, nothing else. */
    MANAGE_HEALTH
}
