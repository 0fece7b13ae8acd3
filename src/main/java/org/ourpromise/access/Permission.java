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
    /** The permanence tracker, its drift list and the Permanence Panel (managers, the IRO manager, performance). */
    TRACK_PERMANENCE,
    /** Entitlements of children in care and care leavers, the local offer and claims (social workers, PAs, managers). */
    MANAGE_ENTITLEMENTS,
    /** Children at risk of exploitation, high-risk and missing panels, youth justice, children placed here (managers). */
    VIEW_CHILDREN_AT_RISK
}
