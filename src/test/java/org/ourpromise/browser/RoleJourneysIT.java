package org.ourpromise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.complaints.ComplaintRegister;
import org.ourpromise.complaints.LoggedComplaint;
import org.ourpromise.iro.AlertKind;
import org.ourpromise.iro.NewAlert;
import org.ourpromise.iro.QaAlerts;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;
import org.ourpromise.support.EmbeddedPostgresql;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A day in the life, one journey per role (issue 16), in Chromium against the real server on PostgreSQL: sign in,
 * read the home page (an h1, a list of their work, no serious accessibility finding), then do the top task from
 * it. Screenshots go to target/screenshots/journeys (build output, not kept in git).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"promise.demo.enabled=false", "promise.clock.fixed=2026-11-22"})
class RoleJourneysIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresql.register(registry, "home_journeys_it");
    }

    private static WebDriver browser;

    @LocalServerPort
    private int port;

    @Autowired
    private CareRecords records;
    @Autowired
    private UserAccounts users;
    @Autowired
    private StaffDirectory staff;
    @Autowired
    private QaAlerts alerts;
    @Autowired
    private ComplaintRegister complaints;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void theCouncil() {
        TestCouncil.load(records, users);
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

    @Test
    void theSocialWorkerRecordsAVisitFromTheHomePageAndItLeavesTheList() throws Exception {
        home("sw1", "Sam Social Worker");
        int before = visitLinks().size();
        assertThat(before).as("visits due or overdue on the home page").isPositive();
        visitLinks().get(0).click();
        waitFor(By.tagName("main"), "Record a statutory visit");
        shot("sw1-visit-form");
        browser.findElement(By.id("date-day")).sendKeys(String.valueOf(TestCouncil.TODAY.getDayOfMonth()));
        browser.findElement(By.id("date-month")).sendKeys(String.valueOf(TestCouncil.TODAY.getMonthValue()));
        browser.findElement(By.id("date-year")).sendKeys(String.valueOf(TestCouncil.TODAY.getYear()));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(By.className("govuk-notification-banner"), "");
        shot("sw1-visit-saved");
        open("/");
        waitFor(By.tagName("h1"), "Sam Social Worker");
        shot("sw1-home-after");
        assertThat(visitLinks()).as("the visit left the home page's list").hasSizeLessThan(before);
    }

    @Test
    void theIroOpensAnAlertFromTheHomePage() throws Exception {
        alerts.raise(new NewAlert(TestCouncil.AMIRA, AlertKind.CONCERN, false, 5, "T1", "SW001",
                "The care plan is out of date", "Update it", TestCouncil.TODAY.minusDays(3),
                TestCouncil.TODAY.plusDays(7)), "iro1", "Ian Reviewing Officer");
        home("iro1", "Ian Reviewing Officer");
        browser.findElement(By.cssSelector("main a[href*='/iro/alerts/']:not([href$='addressed'])")).click();
        waitFor(By.tagName("main"), "The care plan is out of date");
        shot("iro1-alert");
    }

    @Test
    void theTeamManagerOpensChildrenWithoutAWorker() throws Exception {
        home("tm1", "Tara Team Manager");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Overdue work by person")
                .contains("Sam Social Worker");
        browser.findElement(By.partialLinkText("All children without a worker")).click();
        waitFor(By.tagName("h1"), "without");
        shot("tm1-unallocated");
    }

    @Test
    void thePerformanceOfficerOpensADataQualityFailure() throws Exception {
        home("perf1", "Pip Performance");
        browser.findElement(By.cssSelector("main a[href^='/data-quality/']")).click();
        waitFor(By.tagName("h1"), "");
        assertThat(browser.getCurrentUrl()).contains("/data-quality/");
        shot("perf1-data-quality-failure");
    }

    @Test
    void theBoardMemberOpensTheLatestPack() throws Exception {
        home("board1", "Cllr Bea Board");
        browser.findElement(By.linkText("The latest board pack")).click();
        waitFor(By.tagName("h1"), "");
        assertThat(browser.getCurrentUrl()).contains("/board-pack");
        shot("board1-pack");
    }

    @Test
    void theComplaintsOfficerOpensAStageDue() throws Exception {
        String reference = complaints.add(TestCouncil.JACK, TestCouncil.TODAY.minusDays(5), "Contact was cancelled",
                LoggedComplaint.MadeBy.CHILD, "co1");
        home("co1", "Cara Complaints Officer");
        browser.findElement(By.cssSelector("main a[href='/complaints/" + reference + "']")).click();
        waitFor(By.tagName("main"), reference);
        shot("co1-complaint");
    }

    @Test
    void theAdministratorOpensAccounts() throws Exception {
        home("admin1", "Ada Administrator");
        browser.findElement(By.partialLinkText("Manage accounts")).click();
        waitFor(By.tagName("h1"), "ccounts");
        shot("admin1-accounts");
    }

    @Test
    void theOtherRolesHomePagesListTheirWork() throws Exception {
        for (var user : List.of("pa1", "irom1", "vsh1", "nurse1", "partner1")) {
            home(user, "Hello");
        }
    }

    private List<WebElement> visitLinks() {
        return browser.findElements(By.cssSelector("main ul.home-list a[href*='/record/visit']"));
    }

    /** Signs in, lands on the home page: its h1, a list of work, no serious accessibility finding. */
    private void home(String user, String name) throws Exception {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(TestCouncil.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(By.tagName("h1"), name);
        assertThat(browser.findElements(By.cssSelector("main ul.home-list li"))).as(user + "'s list of work")
                .isNotEmpty();
        shot(user + "-home");
        List<Rule> serious = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(browser).getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as("serious accessibility violations on %s's home page: %s", user,
                serious.stream().map(v -> v.getId() + " " + v.getNodes().size() + " node(s): " + v.getHelp()).toList())
                .isEmpty();
    }

    /** Waits (up to 20 s) until the page after a click shows the element with the text: no racing the navigation. */
    private static void waitFor(By element, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .withMessage(() -> "waiting for \"" + text + "\" in " + element + " on " + browser.getCurrentUrl())
                .until(d -> d.findElement(element).getText().contains(text));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static void shot(String name) throws Exception {
        var dir = Path.of("target/screenshots/journeys");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
