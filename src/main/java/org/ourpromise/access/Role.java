package org.ourpromise.access;

import java.util.EnumSet;
import java.util.Set;

/** The roles of Promise, each with its permissions and the children it may see (deny by default). */
public enum Role {
    SOCIAL_WORKER("Social worker", ChildScope.OWN_AND_TEAM,
            EnumSet.of(Permission.VIEW_CHILD_RECORDS, Permission.RECORD_EVENTS, Permission.MANAGE_ENTITLEMENTS,
                    Permission.RESPOND_TO_QA_ALERTS)),
    TEAM_MANAGER("Team manager", ChildScope.TEAM,
            EnumSet.of(Permission.VIEW_CHILD_RECORDS, Permission.RECORD_EVENTS, Permission.VIEW_AGGREGATE_FIGURES,
                    Permission.MANAGE_STAFF, Permission.ALLOCATE_WORKERS, Permission.ADD_CHILDREN,
                    Permission.TRACK_PERMANENCE, Permission.MANAGE_ENTITLEMENTS, Permission.VIEW_CHILDREN_AT_RISK,
                    Permission.VIEW_QA_ALERTS, Permission.RESPOND_TO_QA_ALERTS, Permission.RESTRICT_RECORDS,
                    Permission.MANAGE_LOCAL_OFFER)),
    INDEPENDENT_REVIEWING_OFFICER("Independent reviewing officer", ChildScope.ALLOCATED_AS_IRO_OR_ADVISER,
            EnumSet.of(Permission.VIEW_CHILD_RECORDS, Permission.RECORD_EVENTS,
                    Permission.VIEW_QA_ALERTS, Permission.RAISE_QA_ALERTS)),
    PERSONAL_ADVISER("Personal adviser", ChildScope.ALLOCATED_AS_IRO_OR_ADVISER,
            EnumSet.of(Permission.VIEW_CHILD_RECORDS, Permission.RECORD_EVENTS, Permission.MANAGE_ENTITLEMENTS)),
    PERFORMANCE_OFFICER("Performance officer", ChildScope.ALL,
            EnumSet.of(Permission.VIEW_CHILD_RECORDS, Permission.VIEW_AGGREGATE_FIGURES, Permission.MANAGE_RETURN,
                    Permission.MANAGE_TARGETS, Permission.BOARD_BUSINESS,
                    Permission.TRACK_PERMANENCE, Permission.VIEW_IRO_REPORT,
                    Permission.MANAGE_RECORDS_REQUESTS)),
    BOARD_MEMBER("Corporate Parenting Board member", ChildScope.NONE,
            EnumSet.of(Permission.VIEW_AGGREGATE_FIGURES, Permission.BOARD_BUSINESS)),
    /** Runs the representations procedure: the register, its stage deadlines and their timeliness. */
    COMPLAINTS_OFFICER("Complaints officer", ChildScope.NONE,
            EnumSet.of(Permission.MANAGE_COMPLAINTS, Permission.VIEW_AGGREGATE_FIGURES)),
    /** A partner or team signed up to Our Promise: sees and reports on its own pledges only. */
    PARTNER("Our Promise partner", ChildScope.NONE, EnumSet.of(Permission.PROMISE_PARTNER)),
    /** Manages the IROs: every alert and escalation, the Pre-Challenge and Challenge meetings, the annual report. */
    IRO_MANAGER("IRO manager", ChildScope.ALL,
            EnumSet.of(Permission.VIEW_CHILD_RECORDS, Permission.VIEW_AGGREGATE_FIGURES, Permission.VIEW_QA_ALERTS,
                    Permission.RAISE_QA_ALERTS, Permission.MANAGE_ESCALATIONS, Permission.VIEW_IRO_REPORT,
                    Permission.TRACK_PERMANENCE)),
    /** Leads the Virtual School: schools, attendance, PEP quality, Pupil Premium Plus and attainment. */
    VIRTUAL_SCHOOL_HEAD("Virtual School Head", ChildScope.NONE,
            EnumSet.of(Permission.MANAGE_EDUCATION, Permission.VIEW_AGGREGATE_FIGURES)),
    /** The looked-after children's nurse: health items due and health figures only. */
    HEALTH_NURSE("Looked-after children's nurse", ChildScope.NONE, EnumSet.of(Permission.MANAGE_HEALTH)),
    /** Runs the participation groups, "you said, we did", consultations, awards, advocacy and independent visitors. */
    PARTICIPATION_OFFICER("Participation officer", ChildScope.NONE,
            EnumSet.of(Permission.MANAGE_PARTICIPATION, Permission.VIEW_AGGREGATE_FIGURES)),
    /** A child in care (about 11 and over) or a care leaver: their own pages in My Promise, about themselves only. */
    YOUNG_PERSON("Young person", ChildScope.SELF, EnumSet.of(Permission.OWN_PAGES)),
    ADMINISTRATOR("Administrator", ChildScope.NONE,
            EnumSet.of(Permission.VIEW_AUDIT, Permission.MANAGE_LISTS, Permission.MANAGE_ACCOUNTS,
                    Permission.MANAGE_STAFF, Permission.RESTRICT_RECORDS, Permission.MANAGE_LOCAL_OFFER));

    private final String label;
    private final ChildScope scope;
    private final Set<Permission> permissions;

    Role(String label, ChildScope scope, Set<Permission> permissions) {
        this.label = label;
        this.scope = scope;
        this.permissions = Set.copyOf(permissions);
    }

    public String label() {
        return label;
    }

    public ChildScope scope() {
        return scope;
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
