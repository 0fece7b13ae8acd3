package org.ourpromise.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;

// its own database: it adds records the shared test council's other classes count
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:home-page-tests-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class HomePageTests extends WebTestSupport {

    private static final List<String> EVERYONE = List.of("sw1", "sw2", "tm1", "iro1", "pa1", "perf1", "board1", "admin1",
            "co1", "partner1", "irom1", "vsh1", "nurse1");

    private HomePage page(String user) throws Exception {
        return (HomePage) mvc.perform(get("/").with(as(user))).andExpect(status().isOk())
                .andExpect(view().name("home/home")).andReturn().getModelAndView().getModel().get("page");
    }

    private String html(String user) throws Exception {
        return mvc.perform(get("/").with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static HomePanel panel(HomePage page, String heading) {
        return page.panels().stream().filter(p -> p.heading().startsWith(heading)).findFirst().orElseThrow(
                () -> new AssertionError("no panel " + heading + " in " + page.panels()));
    }

    @Test
    void everyRolesHomePageHasAHeadingAndAListOfTheirWork() throws Exception {
        var list = Pattern.compile("<ul class=\"govuk-list[^\"]*home-list\">\\s*<li>", Pattern.DOTALL);
        for (String user : EVERYONE) {
            String body = html(user);
            assertThat(body).as(user).contains("<h1 class=\"govuk-heading-xl\">Hello, ");
            // sw2 holds no child today; the test council has no complaints (the demo council has both)
            if (!user.equals("sw2") && !user.equals("co1")) {
                assertThat(list.matcher(body).find()).as(user + " has a list of work").isTrue();
            }
        }
    }

    @Test
    void aSocialWorkerSeesTheirChildOverdueItemsOldestFirstAndEachWithItsForm() throws Exception {
        long before = auditCount("sw1", "VIEW_REPORT");
        var page = page("sw1");
        var mine = panel(page, "Your children");
        assertThat(mine.lines()).extracting(HomeLine::text).containsExactly("Amira Khan");
        assertThat(mine.lines().get(0).hint()).contains("Next: ").containsPattern("(last|no) visit");
        var overdue = panel(page, "Overdue");
        assertThat(overdue.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.tag()).startsWith("Overdue by "));
        var days = overdue.lines().stream().map(l -> Integer.parseInt(l.tag().replaceAll("\\D", ""))).toList();
        assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(overdue.lines()).allSatisfy(l -> assertThat(l.actionHref()).startsWith("/children/" + TestCouncil.AMIRA
                + "/record/"));
        assertThat(page.children()).containsExactly(TestCouncil.AMIRA);
        assertThat(auditCount("sw1", "VIEW_REPORT")).isEqualTo(before + 1);
        assertThat(html("sw1")).doesNotContain("Overdue by 1 days");
    }

    @Test
    void aTeamManagerSeesOverdueWorkByNameChildrenWithoutAWorkerAndAlerts() throws Exception {
        var page = page("tm1");
        var byPerson = panel(page, "Overdue work by person");
        assertThat(byPerson.lines()).isNotEmpty();
        assertThat(byPerson.lines()).extracting(HomeLine::text)
                .noneMatch(t -> t.matches(".*\\b(SW|IRO|PA)\\d+.*"));
        panel(page, "Children without a worker");
        panel(page, "Alerts awaiting your team's response");
    }

    @Test
    void theOfficeRolesSeeTheirOwnWork() throws Exception {
        panel(page("perf1"), "Data-quality failures to fix");
        panel(page("perf1"), "Figures off target");
        var board = page("board1");
        assertThat(panel(board, "The latest board pack").lines()).extracting(HomeLine::href).contains("/board-pack");
        panel(board, "Open actions");
        panel(board, "Next meeting");
        assertThat(board.children()).isEmpty();
        var complaints = page("co1");
        panel(complaints, "Complaint stages due");
        // a lead never tells anyone to start with nothing ("First: 0 stages are overdue")
        assertThat(complaints.lead()).doesNotStartWith("First: 0 ");
        var admin = page("admin1");
        assertThat(panel(admin, "Accounts").lines()).extracting(HomeLine::text).contains("Ada Administrator"); // by name, first ten
        panel(admin, "Reasons for lateness");
        assertThat(panel(page("nurse1"), "Your work").lines()).extracting(HomeLine::href).containsExactly("/health");
    }

    @Test
    void theVirtualSchoolHeadNurseAndPartnerSeeCountsOfTheirWorkNotJustLinks() throws Exception {
        var school = page("vsh1");
        assertThat(panel(school, "What needs doing").lines()).extracting(HomeLine::text).anySatisfy(
                t -> assertThat(t).matches("\\d+ (child has|children have) a personal education plan out of date"))
                .anySatisfy(t -> assertThat(t).matches("\\d+ (child of school age is|children of school age are) not in education"))
                .anySatisfy(t -> assertThat(t).matches("\\d+ (child attends|children attend) less than 90% of sessions"));
        assertThat(school.lead()).startsWith("First: ");
        assertThat(school.children()).isEmpty();
        var nurse = page("nurse1");
        var health = panel(nurse, "Health assessments and checks");
        // each line counts one kind of health item, overdue and due by the end of November 2026
        assertThat(health.lines()).allSatisfy(l -> assertThat(l.hint()).matches("\\d+ overdue; \\d+ due by 30 November 2026"));
        assertThat(nurse.lead()).matches("First: \\d+ health items? (is|are) overdue and \\d+ fall due by 30 November 2026; "
                + "\\d+ young (person is|people are) due a health summary before their 18th birthday\\.");
        var partner = page("partner1");
        panel(partner, "Evidence for 2025 to 2026");
        assertThat(partner.lead()).doesNotStartWith("First: 0 ");
        assertThat(panel(partner, "Your work").lines()).extracting(HomeLine::href).containsExactly("/our-promise");
    }

    @Test
    void thePerformanceOfficerSeesAFigureOffTargetAndNotOneOnTarget() throws Exception {
        // 2 children in care at 31 March 2026 (Amira and Jack); 2025-26 is the latest complete year on 22 Nov 2026
        var empty = panel(page("perf1"), "Figures off target in 2025-26");
        assertThat(empty.lines()).isEmpty();
        assertThat(empty.empty()).isEqualTo("No targets are set for 2025-26: set them on the targets page.");
        try {
            setTarget("3", "");
            var red = panel(page("perf1"), "Figures off target in 2025-26");
            assertThat(red.lines()).hasSize(1);
            assertThat(red.lines().get(0).tag()).isEqualTo("Off target");
            assertThat(red.lines().get(0).hint()).startsWith("Figure 2;");
            setTarget("2", "0");
            var onTarget = panel(page("perf1"), "Figures off target in 2025-26");
            assertThat(onTarget.lines()).isEmpty();
            assertThat(onTarget.empty()).isEqualTo("Every figure with a target meets it.");
        } finally {
            jdbc.update("delete from benchmark_target where measure_key = 'cla.at_31_march' and target_year = 2026");
        }
    }

    /** Sets the 2025-26 target for children in care at 31 March as the performance officer does, at least it. */
    private void setTarget(String target, String version) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/targets/cla.at_31_march")
                .param("year", "2026").param("target", target).param("direction", "higher").param("tolerance", "")
                .param("version", version).with(as("perf1"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aPanelShowsTheFirstTenAndSaysHowManyMore() {
        var lines = java.util.stream.IntStream.range(0, 13).mapToObj(i -> HomeLine.plain("item " + i, null)).toList();
        var panel = HomePanel.of("Items", lines, "None", "/all", "All");
        assertThat(panel.lines()).hasSize(10);
        assertThat(panel.total()).isEqualTo(13);
        assertThat(panel.hasMore()).isTrue();
        assertThat(HomePanel.of("Items", lines.subList(0, 10), "None", null, null).hasMore()).isFalse();
    }
}
