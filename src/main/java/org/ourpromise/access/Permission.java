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
    /** Create and deactivate accounts, and send links to set a password. */
    MANAGE_ACCOUNTS,
    /** The Corporate Parenting Board's business: meetings, minutes, the action log, the work plan (members, clerk). */
    BOARD_BUSINESS,
    /** A partner or team signed up to Our Promise: its own pledges and evidence, nothing about any child. */
    PROMISE_PARTNER,
    /** Keep the staff directory: add people, change their role, team, hours and dates. */
    MANAGE_STAFF,
    /** Allocate and hand over a child's social worker, IRO and personal adviser; see who has none. */
    ALLOCATE_WORKERS,
    /** Add a child to the register (name, date of birth, identifiers), after checking for duplicates. */
    ADD_CHILDREN,
    /** The permanence tracker, its drift list and the Permanence Panel (managers, the IRO manager, performance). */
    TRACK_PERMANENCE,
    /** Entitlements of children in care and care leavers, the local offer and claims (social workers, PAs, managers). */
    MANAGE_ENTITLEMENTS,
    /** Publish the local offer and keep its list of entitlements: names, who may claim, limits (managers, administrators). */
    MANAGE_LOCAL_OFFER,
    /** Children at risk of exploitation, high-risk and missing panels, youth justice, children placed here (managers). */
    VIEW_CHILDREN_AT_RISK,
    /** The list of quality assurance alerts (the IRO's own, a team manager's team's, the IRO manager's all). */
    VIEW_QA_ALERTS,
    /** Raise quality assurance alerts on a child, accept the response, escalate, refer to Cafcass (IROs). */
    RAISE_QA_ALERTS,
    /** Answer the quality assurance alerts addressed to oneself or one's team (social workers, team managers). */
    RESPOND_TO_QA_ALERTS,
    /** Every open alert and escalation, the Pre-Challenge and Challenge meetings (the IRO manager). */
    MANAGE_ESCALATIONS,
    /** The IRO service's annual report (the IRO manager and the performance team). */
    VIEW_IRO_REPORT,
    /** The Virtual School: every looked-after child's education record (schools, attendance, PEPs, PP+), not the rest. */
    MANAGE_EDUCATION,
    /** The looked-after children's nurse: every looked-after child's health record and health figures, nothing else. */
    MANAGE_HEALTH,
    /** Restrict a child's record to named people, change who is named, lift it (managers, administrators). */
    RESTRICT_RECORDS,
    /** The Children in Care Council and other groups, "you said, we did", consultations, awards, advocacy, visitors. */
    MANAGE_PARTICIPATION,
    /** A young person's own pages (My Promise, /me): only about the child their account is linked to, nothing else. */
    OWN_PAGES,
    /** Requests for records (subject access): the register, its deadlines and the record as a PDF to review before disclosure. */
    MANAGE_RECORDS_REQUESTS
}
