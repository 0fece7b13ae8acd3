package org.ourpromise.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the application maps, as every role and as nobody, and checks each answer
 * against the permission this table says the endpoint needs. An endpoint missing from the table
 * fails the test: nothing new is reachable until someone decides who may reach it.
 */
class AccessControlTests extends WebTestSupport {

    private static final String EDUCATION_VIEW = Permission.VIEW_CHILD_RECORDS.name() + "|"
            + Permission.MANAGE_EDUCATION.name();
    /** The Virtual School reaches every child: the second part of "A|B" is the permission that does. */
    private static final String VIRTUAL_SCHOOL_EVERY_CHILD = Permission.MANAGE_EDUCATION.name() + "|"
            + Permission.MANAGE_EDUCATION.name();
    private static final String EDUCATION_RECORD = Permission.RECORD_EVENTS.name() + "|"
            + Permission.MANAGE_EDUCATION.name();
    private static final String HEALTH_VIEW = Permission.VIEW_CHILD_RECORDS.name() + "|"
            + Permission.MANAGE_HEALTH.name();
    private static final String HEALTH_RECORD = Permission.RECORD_EVENTS.name() + "|"
            + Permission.MANAGE_HEALTH.name();

    // the Virtual School, for every child (the permission reaches every child, so it stands in both places)
    private static final String VIRTUAL_SCHOOL_ONLY = Permission.MANAGE_EDUCATION.name() + "|"
            + Permission.MANAGE_EDUCATION.name();

    private static final String REASON_TO_OPEN = Permission.VIEW_CHILD_RECORDS.name() + "|"
            + Permission.MANAGE_HEALTH.name() + "|" + Permission.MANAGE_EDUCATION.name();

    /** Endpoint ("METHOD pattern") to the permission it needs; null = any signed-in user; "PUBLIC" = anyone. */
    static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry("GET /login", "PUBLIC"),
            Map.entry("GET /accessibility", "PUBLIC"),
            Map.entry("GET /", "SIGNED_IN"),
            Map.entry("GET /children", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /children/{childId}", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /children/{childId}/chronology", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /children.csv", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /children/{childId}/chronology.csv", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /children/{childId}/restricted", REASON_TO_OPEN),
            Map.entry("POST /children/{childId}/restricted", REASON_TO_OPEN),
            // managers within their scope; administrators (no scope) for any child
            Map.entry("GET /children/{childId}/restriction", Permission.RESTRICT_RECORDS.name() + "|"
                    + Permission.MANAGE_ACCOUNTS.name()),
            Map.entry("POST /children/{childId}/restriction", Permission.RESTRICT_RECORDS.name() + "|"
                    + Permission.MANAGE_ACCOUNTS.name()),
            Map.entry("GET /children/{childId}/restriction.csv", Permission.RESTRICT_RECORDS.name() + "|"
                    + Permission.MANAGE_ACCOUNTS.name()),
            // the recording forms, each in its feature's room (care, reviews, health, education, missing, leavers)
            Map.entry("GET /children/{childId}/record/period-start", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/period-start", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/legal-status", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/legal-status", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/period-end", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/period-end", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/visit-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/visit-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/visit-correction.csv", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/leaving-care-entitlement", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/leaving-care-entitlement", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/review-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/review-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/health-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/health-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/pep-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/pep-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/missing-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/missing-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/contact-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/contact-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/plan-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/plan-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/allocation-correction", Permission.ALLOCATE_WORKERS.name()),
            Map.entry("POST /children/{childId}/record/allocation-correction", Permission.ALLOCATE_WORKERS.name()),
            Map.entry("GET /children/{childId}/record/episode-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/episode-correction", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/placement-change", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/placement-change", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/visit", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/visit", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/plan", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/plan", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/visits-plan", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/visits-plan", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/review", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/review", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/review-sent", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/review-sent", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/health-assessment", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/health-assessment", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/pep", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/pep", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/missing-episode", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/missing-episode", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/missing-return", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/missing-return", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/record/care-leaver-contact", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/care-leaver-contact", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /admin/audit", Permission.VIEW_AUDIT.name()),
            Map.entry("GET /admin/audit.csv", Permission.VIEW_AUDIT.name()),
            Map.entry("GET /admin/users", Permission.MANAGE_ACCOUNTS.name()),
            Map.entry("GET /admin/users.csv", Permission.MANAGE_ACCOUNTS.name()),
            Map.entry("GET /admin/users/new", Permission.MANAGE_ACCOUNTS.name()),
            Map.entry("POST /admin/users/new", Permission.MANAGE_ACCOUNTS.name()),
            Map.entry("GET /admin/users/{username}", Permission.MANAGE_ACCOUNTS.name()),
            Map.entry("POST /admin/users/{username}/deactivate", Permission.MANAGE_ACCOUNTS.name()),
            Map.entry("GET /admin/users/{username}/deactivate", Permission.MANAGE_ACCOUNTS.name()),
            Map.entry("POST /admin/users/{username}/link", Permission.MANAGE_ACCOUNTS.name()),
            Map.entry("GET /account/password", "SIGNED_IN"),
            Map.entry("POST /account/password", "SIGNED_IN"),
            Map.entry("GET /set-password", "PUBLIC"),
            Map.entry("POST /set-password", "PUBLIC"),
            Map.entry("GET /admin/lateness-reasons", Permission.MANAGE_LISTS.name()),
            Map.entry("POST /admin/lateness-reasons", Permission.MANAGE_LISTS.name()),
            Map.entry("POST /admin/lateness-reasons/{id}/{change}", Permission.MANAGE_LISTS.name()),
            Map.entry("GET /admin/complaint-themes", Permission.MANAGE_LISTS.name()),
            Map.entry("POST /admin/complaint-themes", Permission.MANAGE_LISTS.name()),
            Map.entry("POST /admin/complaint-themes/{id}/{change}", Permission.MANAGE_LISTS.name()),
            Map.entry("GET /admin/staff", Permission.MANAGE_STAFF.name()),
            Map.entry("GET /admin/staff.csv", Permission.MANAGE_STAFF.name()),
            Map.entry("GET /admin/staff/new", Permission.MANAGE_STAFF.name()),
            Map.entry("POST /admin/staff/new", Permission.MANAGE_STAFF.name()),
            Map.entry("GET /admin/staff/{workerId}", Permission.MANAGE_STAFF.name()),
            Map.entry("POST /admin/staff/{workerId}", Permission.MANAGE_STAFF.name()),
            Map.entry("GET /children/{childId}/allocations", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("POST /children/{childId}/allocations", Permission.ALLOCATE_WORKERS.name()),
            Map.entry("GET /allocations", Permission.ALLOCATE_WORKERS.name()),
            Map.entry("GET /allocations.csv", Permission.ALLOCATE_WORKERS.name()),
            Map.entry("GET /caseload", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /caseload.csv", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /children/new", Permission.ADD_CHILDREN.name()),
            Map.entry("POST /children/new", Permission.ADD_CHILDREN.name()),
            Map.entry("GET /targets", Permission.MANAGE_TARGETS.name()),
            Map.entry("GET /targets.csv", Permission.MANAGE_TARGETS.name()),
            Map.entry("GET /targets/{key}", Permission.MANAGE_TARGETS.name()),
            Map.entry("POST /targets/{key}", Permission.MANAGE_TARGETS.name()),
            Map.entry("POST /targets/{key}/remove", Permission.MANAGE_TARGETS.name()),
            Map.entry("GET /population", Permission.MANAGE_TARGETS.name()),
            Map.entry("GET /board-pack/narrative", Permission.MANAGE_RETURN.name()),
            Map.entry("POST /board-pack/narrative", Permission.MANAGE_RETURN.name()),
            Map.entry("POST /population", Permission.MANAGE_TARGETS.name()),
            Map.entry("GET /comparators", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /data-quality", Permission.MANAGE_RETURN.name()),
            Map.entry("GET /data-quality.csv", Permission.MANAGE_RETURN.name()),
            Map.entry("GET /data-quality/{rule}", Permission.MANAGE_RETURN.name()),
            Map.entry("GET /data-quality/{rule}.csv", Permission.MANAGE_RETURN.name()),
            Map.entry("GET /returns/annex-a.xlsx", Permission.MANAGE_RETURN.name()),
            Map.entry("GET /worklist", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /worklist.csv", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /digest", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /digest.csv", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /worklist/lateness", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /worklist/lateness", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /timeliness", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /timeliness.csv", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /complaints", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /complaints.csv", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /complaints/register.csv", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /complaints/new", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("POST /complaints/new", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /complaints/{reference}", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("POST /complaints/{reference}", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /complaints/{reference}/lateness", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("POST /complaints/{reference}/lateness", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /complaints/{reference}/outcome", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("POST /complaints/{reference}/outcome", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /reports/annual", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /reports/annual.pdf", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /reports/annual/narrative", Permission.MANAGE_RETURN.name()),
            Map.entry("POST /reports/annual/narrative", Permission.MANAGE_RETURN.name()),
            Map.entry("GET /board-pack", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /board-pack.pdf", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /dashboard", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /dashboard.csv", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /board-pack.csv", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /reports/annual.csv", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /reports/figures.json", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /board/meetings", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/meetings.csv", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/meetings/new", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/meetings/new", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/meetings/{id}/agenda-from-plan", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/meetings/{id}/attendance", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/meetings/{id}/attendance", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/meetings/{id}/minutes-agreed", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/meetings/{id}/new-action", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/meetings/{id}/new-action", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/meetings/{id}/new-item", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/meetings/{id}/new-item", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/items/{id}", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/items/{id}", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/papers/{id}", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/members/new", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/members/new", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/members/{id}", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/members/{id}", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/plan/new", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/plan/new", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/terms", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/terms", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/meetings/{id}", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/members", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/plan", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/actions", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/actions.csv", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /board/actions/{id}", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /board/actions/{id}", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /our-promise", Permission.BOARD_BUSINESS.name() + "|" + Permission.PROMISE_PARTNER.name()),
            Map.entry("GET /our-promise/evidence/{id}", Permission.BOARD_BUSINESS.name() + "|" + Permission.PROMISE_PARTNER.name()),
            Map.entry("POST /our-promise/evidence/{id}", Permission.BOARD_BUSINESS.name() + "|" + Permission.PROMISE_PARTNER.name()),
            Map.entry("GET /our-promise/files/{id}", Permission.BOARD_BUSINESS.name() + "|" + Permission.PROMISE_PARTNER.name()),
            Map.entry("GET /our-promise/commitments/{id}", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /our-promise/commitments/{id}", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /our-promise/pledges/new", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /our-promise/pledges/new", Permission.BOARD_BUSINESS.name()),
            Map.entry("POST /our-promise/reminders", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /reports/our-promise", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /reports/our-promise.pdf", Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /permanence", Permission.TRACK_PERMANENCE.name()),
            Map.entry("GET /permanence.csv", Permission.TRACK_PERMANENCE.name()),
            Map.entry("GET /permanence/children/{childId}", Permission.TRACK_PERMANENCE.name()),
            Map.entry("POST /permanence/children/{childId}", Permission.TRACK_PERMANENCE.name()),
            Map.entry("GET /permanence/panels", Permission.TRACK_PERMANENCE.name()),
            Map.entry("GET /permanence/panels.csv", Permission.TRACK_PERMANENCE.name()),
            Map.entry("POST /permanence/panels", Permission.TRACK_PERMANENCE.name()),
            Map.entry("GET /permanence/panels/{id}", Permission.TRACK_PERMANENCE.name()),
            Map.entry("POST /permanence/panels/{id}/children", Permission.TRACK_PERMANENCE.name()),
            Map.entry("POST /permanence/panels/{id}/decisions", Permission.TRACK_PERMANENCE.name()),
            Map.entry("GET /permanence/children/{childId}/orders", Permission.TRACK_PERMANENCE.name()),
            Map.entry("POST /permanence/children/{childId}/orders", Permission.TRACK_PERMANENCE.name()),
            Map.entry("POST /permanence/children/{childId}/orders/support", Permission.TRACK_PERMANENCE.name()),
            Map.entry("GET /entitlements", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("GET /entitlements.csv", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("POST /entitlements/claims", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("POST /entitlements/claims/{id}", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("GET /entitlements/children/{childId}", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("GET /entitlements/spending", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("GET /entitlements/offer", Permission.MANAGE_LOCAL_OFFER.name()),
            Map.entry("POST /entitlements/offer", Permission.MANAGE_LOCAL_OFFER.name()),
            Map.entry("GET /entitlements/offer/entitlements/{id}", Permission.MANAGE_LOCAL_OFFER.name()),
            Map.entry("POST /entitlements/offer/entitlements/{id}", Permission.MANAGE_LOCAL_OFFER.name()),
            Map.entry("GET /risk", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("GET /risk.csv", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("GET /risk/children/{childId}", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("POST /risk/children/{childId}", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("POST /risk/children/{childId}/panel", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("POST /risk/children/{childId}/missing-panel", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("POST /risk/children/{childId}/youth-justice", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("POST /risk/children/{childId}/youth-justice/{id}", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("GET /risk/placed-here", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("GET /risk/placed-here.csv", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("POST /risk/placed-here", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("POST /risk/placed-here/{id}", Permission.VIEW_CHILDREN_AT_RISK.name()),
            Map.entry("GET /leavers", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("GET /leavers/children/{childId}", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("POST /leavers/children/{childId}/accommodation", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("POST /leavers/children/{childId}/accommodation/end", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("GET /leavers/children/{childId}/pathway-plan", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("POST /leavers/children/{childId}/pathway-plan", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("GET /leavers/arrangements", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("GET /leavers/arrangements.csv", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("GET /leavers.csv", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("GET /leavers/children/{childId}/arrangements", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("POST /leavers/children/{childId}/arrangements", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("POST /leavers/children/{childId}/arrangements/{id}", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("POST /leavers/children/{childId}/arrangements/checks", Permission.MANAGE_ENTITLEMENTS.name()),
            Map.entry("GET /iro/alerts", Permission.VIEW_QA_ALERTS.name()),
            Map.entry("GET /iro/alerts.csv", Permission.VIEW_QA_ALERTS.name()),
            Map.entry("GET /iro/alerts/addressed", Permission.RESPOND_TO_QA_ALERTS.name()),
            Map.entry("GET /iro/alerts/new", Permission.RAISE_QA_ALERTS.name()),
            Map.entry("POST /iro/alerts/new", Permission.RAISE_QA_ALERTS.name()),
            Map.entry("GET /iro/alerts/{id}", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("POST /iro/alerts/{id}/respond", Permission.RESPOND_TO_QA_ALERTS.name()),
            Map.entry("POST /iro/alerts/{id}/accept", Permission.RAISE_QA_ALERTS.name()),
            Map.entry("POST /iro/alerts/{id}/escalate", Permission.RAISE_QA_ALERTS.name()),
            Map.entry("POST /iro/alerts/{id}/stage", Permission.RAISE_QA_ALERTS.name()),
            Map.entry("POST /iro/alerts/{id}/cafcass", Permission.RAISE_QA_ALERTS.name()),
            Map.entry("GET /iro/escalations", Permission.MANAGE_ESCALATIONS.name()),
            Map.entry("GET /iro/meetings/{kind}", Permission.MANAGE_ESCALATIONS.name()),
            Map.entry("POST /iro/meetings/{kind}", Permission.MANAGE_ESCALATIONS.name()),
            Map.entry("GET /iro/report-narrative", Permission.MANAGE_ESCALATIONS.name()),
            Map.entry("POST /iro/report-narrative", Permission.MANAGE_ESCALATIONS.name()),
            Map.entry("GET /reports/iro", Permission.VIEW_IRO_REPORT.name()),
            Map.entry("GET /iro/reviews/{childId}/{date}", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("POST /iro/reviews/{childId}/{date}", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /iro/reviews/{childId}/{date}/actions", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /iro/reviews/{childId}/{date}/actions/{actionId}", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /iro/reviews/{childId}/{date}/midway", Permission.RAISE_QA_ALERTS.name()),
            Map.entry("POST /iro/reviews/{childId}/{date}/midway", Permission.RAISE_QA_ALERTS.name()),
            Map.entry("GET /iro/children/{childId}/prep", Permission.RAISE_QA_ALERTS.name()),
            Map.entry("POST /iro/children/{childId}/prep", Permission.RAISE_QA_ALERTS.name()),
            Map.entry("GET /reports/iro.pdf", Permission.VIEW_IRO_REPORT.name()),
            Map.entry("GET /education/children/{childId}", EDUCATION_VIEW),
            Map.entry("GET /education/children/{childId}/schools/{id}", EDUCATION_VIEW),
            Map.entry("POST /education/children/{childId}/schools/{id}", EDUCATION_RECORD),
            Map.entry("GET /education/children/{childId}/not-in-education/{id}", EDUCATION_VIEW),
            Map.entry("POST /education/children/{childId}/not-in-education/{id}", EDUCATION_RECORD),
            Map.entry("GET /education/children/{childId}/exclusions/{id}", EDUCATION_VIEW),
            Map.entry("POST /education/children/{childId}/exclusions/{id}", EDUCATION_RECORD),
            Map.entry("GET /education/children/{childId}/peps/{id}", EDUCATION_VIEW),
            Map.entry("POST /education/children/{childId}/peps/{id}", EDUCATION_RECORD),
            Map.entry("GET /education/children/{childId}/pep-quality/{id}", VIRTUAL_SCHOOL_ONLY),
            Map.entry("POST /education/children/{childId}/pep-quality/{id}", VIRTUAL_SCHOOL_ONLY),
            Map.entry("GET /virtual-school", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /virtual-school.csv", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /virtual-school/figures", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /virtual-school/figures/{key}", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /virtual-school/figures/{key}.csv", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /education/children/{childId}/attainment/new", EDUCATION_VIEW),
            Map.entry("POST /education/children/{childId}/attainment/new", EDUCATION_RECORD),
            Map.entry("GET /virtual-school/pupil-premium", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /virtual-school/previously-looked-after", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /virtual-school/previously-looked-after.csv", Permission.MANAGE_EDUCATION.name()),
            Map.entry("POST /virtual-school/previously-looked-after", Permission.MANAGE_EDUCATION.name()),
            Map.entry("POST /virtual-school/previously-looked-after/{id}", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /virtual-school/pupil-premium.csv", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /virtual-school/pupil-premium/years.csv", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /virtual-school/pupil-premium/children/{childId}", VIRTUAL_SCHOOL_EVERY_CHILD),
            Map.entry("POST /virtual-school/pupil-premium/children/{childId}", VIRTUAL_SCHOOL_EVERY_CHILD),
            Map.entry("GET /virtual-school/pupil-premium/children/{childId}/payments/{id}", VIRTUAL_SCHOOL_EVERY_CHILD),
            Map.entry("POST /virtual-school/pupil-premium/children/{childId}/payments/{id}", VIRTUAL_SCHOOL_EVERY_CHILD),
            Map.entry("GET /virtual-school/pupil-premium/children/{childId}/payments/{id}/withdraw",
                    VIRTUAL_SCHOOL_EVERY_CHILD),
            Map.entry("POST /virtual-school/pupil-premium/children/{childId}/payments/{id}/withdraw",
                    VIRTUAL_SCHOOL_EVERY_CHILD),
            Map.entry("GET /reports/virtual-school", Permission.VIEW_AGGREGATE_FIGURES.name() + "|"
                    + Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /reports/virtual-school.pdf", Permission.VIEW_AGGREGATE_FIGURES.name() + "|"
                    + Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /reports/virtual-school/narrative", Permission.MANAGE_EDUCATION.name()),
            Map.entry("POST /reports/virtual-school/narrative", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /health", Permission.MANAGE_HEALTH.name()),
            Map.entry("GET /health.csv", Permission.MANAGE_HEALTH.name()),
            Map.entry("GET /health/waits", Permission.MANAGE_HEALTH.name()),
            Map.entry("GET /health/waits.csv", Permission.MANAGE_HEALTH.name()),
            Map.entry("GET /health/figures/{key}", Permission.MANAGE_HEALTH.name()),
            Map.entry("GET /health/figures/{key}.csv", Permission.MANAGE_HEALTH.name()),
            Map.entry("GET /health/children/{childId}", HEALTH_VIEW),
            Map.entry("POST /health/children/{childId}/registrations", HEALTH_RECORD),
            Map.entry("POST /health/children/{childId}/referrals", HEALTH_RECORD),
            Map.entry("POST /health/children/{childId}/referrals/{id}", HEALTH_RECORD),
            Map.entry("GET /health/children/{childId}/summary", HEALTH_VIEW),
            Map.entry("POST /health/children/{childId}/summary", HEALTH_RECORD),
            // only the nurse checks a health summary, for every child ("A|A": the nurse's reach is every child)
            Map.entry("POST /health/children/{childId}/summary/checked", Permission.MANAGE_HEALTH.name() + "|"
                    + Permission.MANAGE_HEALTH.name()),
            // the voice of children and young people (issue 14)
            Map.entry("GET /voice/consultations", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/consultations.csv", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/consultations", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/consultations/{id}", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/consultations/{id}/responses", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/consultations/{id}/raise", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/awards", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/awards.csv", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/awards", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/awards/{id}", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/awards/{id}/letter", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/advocacy", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/advocacy.csv", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/advocacy", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/advocacy/{id}", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/independent-visitors", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/independent-visitors.csv", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/independent-visitors", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/independent-visitors/{id}", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/groups/{id}", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/groups/{id}/sessions.csv", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/groups/{id}/members.csv", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/groups/{id}/members", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/groups/{id}/sessions", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/you-said-we-did", Permission.MANAGE_PARTICIPATION.name() + "|" + Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /voice/you-said-we-did.csv", Permission.MANAGE_PARTICIPATION.name() + "|" + Permission.BOARD_BUSINESS.name()),
            Map.entry("GET /voice/you-said-we-did/new", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/you-said-we-did/new", Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("GET /voice/you-said-we-did/{id}", Permission.RECORD_EVENTS.name() + "|" + Permission.MANAGE_PARTICIPATION.name()),
            Map.entry("POST /voice/you-said-we-did/{id}", Permission.RECORD_EVENTS.name() + "|" + Permission.MANAGE_PARTICIPATION.name()),
            // My Promise (issue 14): the young person's own pages; joining from an invitation; the staff side
            Map.entry("GET /me/join", "PUBLIC"),
            Map.entry("POST /me/join", "PUBLIC"),
            Map.entry("GET /me", Permission.OWN_PAGES.name()),
            Map.entry("GET /me/workers", Permission.OWN_PAGES.name()),
            Map.entry("GET /me/plan", Permission.OWN_PAGES.name()),
            Map.entry("GET /me/review", Permission.OWN_PAGES.name()),
            Map.entry("GET /me/entitlements", Permission.OWN_PAGES.name()),
            Map.entry("GET /me/complaints", Permission.OWN_PAGES.name()),
            Map.entry("GET /me/who-viewed", Permission.OWN_PAGES.name()),
            Map.entry("GET /me/who-viewed.csv", Permission.OWN_PAGES.name()),
            Map.entry("GET /me/you-said-we-did", Permission.OWN_PAGES.name()),
            Map.entry("GET /me/views", Permission.OWN_PAGES.name()),
            Map.entry("POST /me/views", Permission.OWN_PAGES.name()),
            Map.entry("GET /me/tell", Permission.OWN_PAGES.name()),
            Map.entry("POST /me/tell", Permission.OWN_PAGES.name()),
            Map.entry("GET /me/records", Permission.OWN_PAGES.name()),
            Map.entry("POST /me/records", Permission.OWN_PAGES.name()),
            Map.entry("GET /children/{childId}/my-promise", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/my-promise", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /my-promise/messages/{id}", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("POST /my-promise/messages/{id}", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /my-promise/views/{id}", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("POST /my-promise/views/{id}", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /children/{childId}/written-to-you", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /children/{childId}/chronology/as-written", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /children/{childId}/chronology/as-written.csv", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /records-requests", Permission.MANAGE_RECORDS_REQUESTS.name()),
            Map.entry("GET /records-requests.csv", Permission.MANAGE_RECORDS_REQUESTS.name()),
            Map.entry("GET /records-requests/new", Permission.MANAGE_RECORDS_REQUESTS.name()),
            Map.entry("POST /records-requests/new", Permission.MANAGE_RECORDS_REQUESTS.name()),
            Map.entry("GET /records-requests/{id}", Permission.MANAGE_RECORDS_REQUESTS.name()),
            Map.entry("POST /records-requests/{id}", Permission.MANAGE_RECORDS_REQUESTS.name()),
            Map.entry("POST /records-requests/{id}/withheld", Permission.MANAGE_RECORDS_REQUESTS.name()),
            Map.entry("GET /records-requests/{id}/disclosure.pdf", Permission.MANAGE_RECORDS_REQUESTS.name()),
            Map.entry("GET /workforce", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /workforce.csv", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /workforce/changes",
                    Permission.VIEW_AGGREGATE_FIGURES.name() + "+" + Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /workforce/changes.csv",
                    Permission.VIEW_AGGREGATE_FIGURES.name() + "+" + Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /dashboard/{key}",
                    Permission.VIEW_AGGREGATE_FIGURES.name() + "+" + Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /dashboard/{key}.csv",
                    Permission.VIEW_AGGREGATE_FIGURES.name() + "+" + Permission.VIEW_CHILD_RECORDS.name()));

    static final Map<String, String> USERS_BY_ROLE = Map.ofEntries(
            Map.entry("SOCIAL_WORKER", "sw1"),
            Map.entry("TEAM_MANAGER", "tm1"),
            Map.entry("INDEPENDENT_REVIEWING_OFFICER", "iro1"),
            Map.entry("PERSONAL_ADVISER", "pa1"),
            Map.entry("PERFORMANCE_OFFICER", "perf1"),
            Map.entry("BOARD_MEMBER", "board1"),
            Map.entry("ADMINISTRATOR", "admin1"),
            Map.entry("COMPLAINTS_OFFICER", "co1"),
            Map.entry("PARTNER", "partner1"),
            Map.entry("IRO_MANAGER", "irom1"),
            Map.entry("VIRTUAL_SCHOOL_HEAD", "vsh1"),
            Map.entry("HEALTH_NURSE", "nurse1"),
            Map.entry("PARTICIPATION_OFFICER", "part1"),
            Map.entry("YOUNG_PERSON", "yp1"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyMappedEndpointIsInTheTable() {
        var mapped = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("org.ourpromise")) {
                return;
            }
            for (var pattern : info.getPatternValues()) {
                for (var m : info.getMethodsCondition().getMethods()) {
                    mapped.add(m.name() + " " + pattern);
                }
            }
        });
        assertThat(REQUIRED.keySet()).containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void everyRoleGetsExactlyWhatItsPermissionsAllow() throws Exception {
        var wrong = new ArrayList<String>();
        for (var endpoint : REQUIRED.entrySet()) {
            String[] parts = endpoint.getKey().split(" ", 2);
            // a child every case-working role in the table may see is used, so only the permission decides
            String path = samplePath(parts[1]);
            for (var role : Role.values()) {
                var user = USERS_BY_ROLE.get(role.name());
                var req = request(HttpMethod.valueOf(parts[0]), path).with(as(user)).with(csrf());
                int status = mvc.perform(req).andReturn().getResponse().getStatus();
                boolean allowed = allowed(role, endpoint.getValue(), parts[1].contains("{childId}"));
                if (allowed == (status == 403)) {
                    wrong.add(role + " " + endpoint.getKey() + " -> " + status + " (expected "
                            + (allowed ? "allowed" : "403") + ")");
                }
            }
            var anonymous = mvc.perform(request(HttpMethod.valueOf(parts[0]), path).with(csrf())).andReturn().getResponse();
            boolean isPublic = endpoint.getValue().equals("PUBLIC");
            boolean sentToLogin = anonymous.getStatus() == 302 && anonymous.getRedirectedUrl() != null
                    && anonymous.getRedirectedUrl().endsWith("/login");
            if (isPublic == sentToLogin || (isPublic && anonymous.getStatus() >= 400)) {
                wrong.add("anonymous " + endpoint.getKey() + " -> " + anonymous.getStatus());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The endpoint's pattern with a sample for each variable: Amira for a child, ids that may not exist. */
    static String samplePath(String pattern) {
        return pattern.replace("{childId}", TestCouncil.AMIRA).replace("{form}", "review")
                .replace("{rule}", "SW01bSTG1").replace("{id}", "99").replace("{change}", "retire").replace("{key}", "cla.at_31_march")
                .replace("{reference}", "CP2026-0001").replace("{username}", "pa1")
                .replace("{workerId}", "SW001")
                .replace("{kind}", "challenge").replace("{date}", "2024-05-28").replace("{actionId}", "99");
    }

    /** What the table and the role's scope say: permission held, and the child within the role's scope. */
    static boolean allowed(Role role, String required, boolean aboutAmira) {
        if (required.equals("PUBLIC") || required.equals("SIGNED_IN")) {
            return true;
        }
        // "A|B|…": the case-work permission A within the role's scope, or B (or any later one), which reaches every child
        if (required.contains("|")) {
            var either = required.split("\\|");
            return java.util.Arrays.stream(either).skip(1).anyMatch(p -> role.permissions().contains(Permission.valueOf(p)))
                    || allowed(role, either[0], aboutAmira);
        }
        // "A+B": every one of the permissions is needed
        for (var p : required.split("\\+")) {
            if (!role.permissions().contains(Permission.valueOf(p))) {
                return false;
            }
        }
        if (!aboutAmira) {
            return true;
        }
        // Amira is allocated to sw1 (team T1, manager tm1) and iro1; pa1 and board members are not hers.
        return switch (role) {
            case SOCIAL_WORKER, TEAM_MANAGER, INDEPENDENT_REVIEWING_OFFICER, PERFORMANCE_OFFICER, IRO_MANAGER -> true;
            default -> false;
        };
    }
}
