package org.ourpromise.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.ourpromise.iro.AlertKind;
import org.ourpromise.iro.NewAlert;
import org.ourpromise.iro.QaAlerts;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People are shown by name, never by worker code (issue 16): the pages where workers appear, rendered for the test
 * council, carry no text like SW001, IRO01 or PA01 that a reader sees (links and form values may still use them).
 */
// its own database: it adds records the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:no-worker-codes-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class NoWorkerCodesTests extends WebTestSupport {

    /** A worker code as allocations hold them: SW00054, IRO005, PA0026, TM001. */
    private static final Pattern CODE = Pattern.compile("\\b(SW|IRO|PA|TM)\\d{2,}\\b");

    @Autowired
    private StaffDirectory staff;
    @Autowired
    private QaAlerts alerts;

    @BeforeEach
    void nameTheTestCouncilsWorkers() {
        var wanted = List.of(member("SW001", "Sam Social Worker", StaffRole.SOCIAL_WORKER, "T1"),
                member("SW002", "Sol Social Worker", StaffRole.SOCIAL_WORKER, "T2"),
                member("IRO01", "Ian Reviewing Officer", StaffRole.INDEPENDENT_REVIEWING_OFFICER, "IRO"),
                member("PA01", "Pat Personal Adviser", StaffRole.PERSONAL_ADVISER, "Leaving care"));
        var missing = wanted.stream().filter(m -> staff.find(m.workerId()).isEmpty()).toList();
        if (!missing.isEmpty()) {
            staff.addAll(missing);
        }
    }

    private static StaffMember member(String id, String name, StaffRole role, String team) {
        return new StaffMember(id, name, role, team, null, false, BigDecimal.ONE, LocalDate.of(2020, 1, 6), null, 0);
    }

    /** The text a reader sees (and hears): the page's text and its link and button labels, not its addresses. */
    private String visibleText(String user, String path) throws Exception {
        var html = mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return html.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
    }

    @Test
    void theKeyPagesShowWorkersByName() throws Exception {
        long alert = alerts.raise(new NewAlert(TestCouncil.AMIRA, AlertKind.CONCERN, false, 5, "T1", "SW001",
                "The care plan is out of date", "Update it", TestCouncil.TODAY.minusDays(2),
                TestCouncil.TODAY.plusDays(8)), "iro1", "Ian Reviewing Officer");
        var pages = new ArrayList<String[]>();
        for (String user : List.of("sw1", "tm1", "iro1", "pa1", "irom1", "perf1")) {
            pages.add(new String[] {user, "/"});
        }
        for (String path : List.of("/worklist", "/worklist?show=all", "/caseload", "/digest", "/children/"
                + TestCouncil.AMIRA, "/iro/alerts/addressed", "/iro/alerts/" + alert)) {
            pages.add(new String[] {"sw1", path});
        }
        for (String path : List.of("/worklist", "/caseload", "/caseload?team=T1", "/allocations", "/children/"
                + TestCouncil.AMIRA + "/allocations", "/iro/alerts", "/timeliness")) {
            pages.add(new String[] {"tm1", path});
        }
        for (String path : List.of("/worklist", "/caseload", "/iro/alerts", "/iro/alerts/" + alert,
                "/iro/alerts/new?child=" + TestCouncil.AMIRA)) {
            pages.add(new String[] {"iro1", path});
        }
        pages.add(new String[] {"pa1", "/children/" + TestCouncil.LEAH});
        pages.add(new String[] {"pa1", "/caseload"});
        for (String path : List.of("/iro/alerts", "/reports/iro", "/worklist")) {
            pages.add(new String[] {"irom1", path});
        }
        // the staff directory and the accounts show people by name and role: the ID is in the links only
        for (String path : List.of("/admin/staff", "/admin/staff/SW001", "/admin/staff?sort=team&order=desc",
                "/admin/users", "/admin/users/sw1", "/admin/users/iro1")) {
            pages.add(new String[] {"admin1", path});
        }
        var found = new ArrayList<String>();
        for (var p : pages) {
            var m = CODE.matcher(visibleText(p[0], p[1]));
            while (m.find()) {
                found.add(p[0] + " " + p[1] + ": " + m.group());
            }
        }
        assertThat(found).as("worker codes a reader sees").isEmpty();
    }
}
