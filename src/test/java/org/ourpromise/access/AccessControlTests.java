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
    private static final String EDUCATION_RECORD = Permission.RECORD_EVENTS.name() + "|"
            + Permission.MANAGE_EDUCATION.name();

    /** Endpoint ("METHOD pattern") to the permission it needs; null = any signed-in user; "PUBLIC" = anyone. */
    private static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry("GET /login", "PUBLIC"),
            Map.entry("GET /accessibility", "PUBLIC"),
            Map.entry("GET /", "SIGNED_IN"),
            Map.entry("GET /children", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /children/{childId}", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /children/{childId}/chronology", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /children/{childId}/record/{form}", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /children/{childId}/record/{form}", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /admin/audit", Permission.VIEW_AUDIT.name()),
            Map.entry("GET /admin/lateness-reasons", Permission.MANAGE_LISTS.name()),
            Map.entry("POST /admin/lateness-reasons", Permission.MANAGE_LISTS.name()),
            Map.entry("POST /admin/lateness-reasons/{id}/{change}", Permission.MANAGE_LISTS.name()),
            Map.entry("GET /targets", Permission.MANAGE_TARGETS.name()),
            Map.entry("GET /targets/{key}", Permission.MANAGE_TARGETS.name()),
            Map.entry("POST /targets/{key}", Permission.MANAGE_TARGETS.name()),
            Map.entry("POST /targets/{key}/remove", Permission.MANAGE_TARGETS.name()),
            Map.entry("GET /comparators", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /data-quality", Permission.MANAGE_RETURN.name()),
            Map.entry("GET /data-quality/{rule}", Permission.MANAGE_RETURN.name()),
            Map.entry("GET /returns/annex-a.xlsx", Permission.MANAGE_RETURN.name()),
            Map.entry("GET /worklist", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /worklist.csv", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /digest", Permission.VIEW_CHILD_RECORDS.name()),
            Map.entry("GET /worklist/lateness", Permission.RECORD_EVENTS.name()),
            Map.entry("POST /worklist/lateness", Permission.RECORD_EVENTS.name()),
            Map.entry("GET /timeliness", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /complaints", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /complaints.csv", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /complaints/new", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("POST /complaints/new", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /complaints/{reference}", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("POST /complaints/{reference}", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /complaints/{reference}/lateness", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("POST /complaints/{reference}/lateness", Permission.MANAGE_COMPLAINTS.name()),
            Map.entry("GET /reports/annual", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /reports/annual.pdf", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /reports/annual/narrative", Permission.MANAGE_RETURN.name()),
            Map.entry("POST /reports/annual/narrative", Permission.MANAGE_RETURN.name()),
            Map.entry("GET /board-pack", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /board-pack.pdf", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /dashboard", Permission.VIEW_AGGREGATE_FIGURES.name()),
            Map.entry("GET /education/children/{childId}", EDUCATION_VIEW),
            Map.entry("GET /education/children/{childId}/schools/{id}", EDUCATION_VIEW),
            Map.entry("POST /education/children/{childId}/schools/{id}", EDUCATION_RECORD),
            Map.entry("GET /education/children/{childId}/not-in-education/{id}", EDUCATION_VIEW),
            Map.entry("POST /education/children/{childId}/not-in-education/{id}", EDUCATION_RECORD),
            Map.entry("GET /virtual-school", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /reports/virtual-school", Permission.VIEW_AGGREGATE_FIGURES.name() + "|"
                    + Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /reports/virtual-school.pdf", Permission.VIEW_AGGREGATE_FIGURES.name() + "|"
                    + Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /reports/virtual-school/narrative", Permission.MANAGE_EDUCATION.name()),
            Map.entry("POST /reports/virtual-school/narrative", Permission.MANAGE_EDUCATION.name()),
            Map.entry("GET /health", Permission.MANAGE_HEALTH.name()),
            Map.entry("GET /dashboard/{key}",
                    Permission.VIEW_AGGREGATE_FIGURES.name() + "+" + Permission.VIEW_CHILD_RECORDS.name()));

    private static final Map<String, String> USERS_BY_ROLE = Map.of(
            "SOCIAL_WORKER", "sw1", "TEAM_MANAGER", "tm1", "INDEPENDENT_REVIEWING_OFFICER", "iro1",
            "PERSONAL_ADVISER", "pa1", "PERFORMANCE_OFFICER", "perf1", "BOARD_MEMBER", "board1",
            "ADMINISTRATOR", "admin1", "COMPLAINTS_OFFICER", "co1", "VIRTUAL_SCHOOL_HEAD", "vsh1",
            "HEALTH_NURSE", "nurse1");

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
            String path = parts[1].replace("{childId}", TestCouncil.AMIRA).replace("{form}", "review")
                    .replace("{rule}", "SW01bSTG1").replace("{id}", "99").replace("{change}", "retire").replace("{key}", "cla.at_31_march")
                    .replace("{reference}", "CP2026-0001");
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

    /** What the table and the role's scope say: permission held, and the child within the role's scope. */
    private static boolean allowed(Role role, String required, boolean aboutAmira) {
        if (required.equals("PUBLIC") || required.equals("SIGNED_IN")) {
            return true;
        }
        // "A|B": the case-work permission A within the role's scope, or B, which reaches every child
        if (required.contains("|")) {
            var either = required.split("\\|");
            return role.permissions().contains(Permission.valueOf(either[1])) || allowed(role, either[0], aboutAmira);
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
            case SOCIAL_WORKER, TEAM_MANAGER, INDEPENDENT_REVIEWING_OFFICER, PERFORMANCE_OFFICER -> true;
            default -> false;
        };
    }
}
