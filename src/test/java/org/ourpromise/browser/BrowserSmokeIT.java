package org.ourpromise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.support.EmbeddedPostgresql;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person's first minutes with Promise, in Debian's Chromium against the real server on PostgreSQL:
 * sign in, find a child, open the chronology, record an event. Every page is checked with axe-core
 * and must have no serious or critical accessibility violation. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"promise.demo.enabled=false", "promise.clock.fixed=2026-11-22"})
class BrowserSmokeIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresql.register(registry, "browser_it");
    }

    private static WebDriver browser;

    @LocalServerPort
    private int port;

    @Autowired
    private CareRecords records;

    @Autowired
    private UserAccounts users;
    @Autowired
    private org.ourpromise.complaints.ComplaintRegister complaints;

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

    @Test
    void signInFindAChildOpenTheChronologyAndRecordAReview() throws Exception {
        TestCouncil.load(records, users);
        browser.manage().deleteAllCookies();
        open("/login");
        check("login");
        browser.findElement(By.id("username")).sendKeys("sw1");
        browser.findElement(By.id("password")).sendKeys(TestCouncil.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(By.tagName("h1"), "Sam Social Worker");
        check("home");

        browser.findElement(By.linkText("Find a child")).click();
        browser.findElement(By.id("q")).sendKeys("khan");
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        waitFor(By.tagName("main"), "1 child found");
        check("search-results");
        browser.findElement(By.linkText("Amira Khan")).click();
        waitFor(By.tagName("main"), "Full care order");
        check("record");

        browser.findElement(By.linkText("Chronology")).click();
        waitFor(By.tagName("h1"), "Amira Khan");
        waitFor(By.id("chronology"), "Came into care");
        var rows = browser.findElements(By.cssSelector("#chronology tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(rows.size() - 1).getText()).contains("Came into care");
        check("chronology");

        open("/children/" + TestCouncil.AMIRA + "/record/review");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(By.className("govuk-error-summary"), "Enter the date of the review");
        check("review-form-errors");
        browser.findElement(By.id("date-day")).sendKeys("21");
        browser.findElement(By.id("date-month")).sendKeys("11");
        browser.findElement(By.id("date-year")).sendKeys("2026");
        // how the child took part: radios (few choices), chosen by the label as a person would
        browser.findElement(By.cssSelector("label[for=participation-2]")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(By.className("govuk-notification-banner"), "Review on ");
        check("record-saved");
    }

    /** Every other page, as the role that uses it, through the same axe-core check. */
    @Test
    void everyPageHasNoSeriousAccessibilityViolation() throws Exception {
        TestCouncil.load(records, users);
        var pagesByUser = new java.util.LinkedHashMap<String, List<String>>();
        pagesByUser.put("sw1", List.of("/children/" + TestCouncil.AMIRA + "/record/placement-change",
                "/children/" + TestCouncil.AMIRA + "/record/health-assessment",
                "/children/" + TestCouncil.AMIRA + "/record/missing-episode", "/children/" + TestCouncil.AMIRA + "/record/visit",
                "/children/" + TestCouncil.AMIRA + "/record/plan", "/children/" + TestCouncil.AMIRA + "/record/pep",
                "/children/" + TestCouncil.AMIRA + "/record/missing-return", "/children/" + TestCouncil.AMIRA + "/record/review-sent",
                "/children/" + TestCouncil.AMIRA + "/record/visits-plan", "/worklist", "/digest", "/accessibility"));
        pagesByUser.put("pa1", List.of("/children/" + TestCouncil.LEAH + "/record/care-leaver-contact",
                "/children/" + TestCouncil.LEAH));
        pagesByUser.put("tm1", List.of("/timeliness", "/dashboard", "/comparators",
                "/dashboard/local.care_plans_reviewed_pct?year=2026", "/dashboard/local.iro_caseload_average?year=2026"));
        pagesByUser.put("perf1", List.of("/data-quality", "/reports/annual", "/board-pack", "/board-pack?month=2026-10",
                "/targets", "/targets/stability.long_term_pct", "/reports/annual/narrative"));
        pagesByUser.put("admin1", List.of("/admin/audit", "/admin/lateness-reasons"));
        // My Promise (issue 14): a young person's own pages, linked to Amira
        pagesByUser.put("yp1", List.of("/me", "/me/workers", "/me/plan", "/me/review", "/me/views", "/me/tell",
                "/me/entitlements", "/me/complaints", "/me/who-viewed", "/me/records"));
        var complaint = complaints.add(TestCouncil.JACK, TestCouncil.TODAY.minusDays(20), "Delay in finding a foster home",
                org.ourpromise.complaints.LoggedComplaint.MadeBy.CHILD,
                "co1");
        pagesByUser.put("co1", List.of("/complaints", "/complaints/new", "/complaints/" + complaint));
        for (var entry : pagesByUser.entrySet()) {
            browser.manage().deleteAllCookies();
            open("/login");
            browser.findElement(By.id("username")).sendKeys(entry.getKey());
            browser.findElement(By.id("password")).sendKeys(TestCouncil.PASSWORD);
            browser.findElement(By.cssSelector("main form button[type=submit]")).click();
            waitFor(By.tagName("h1"), "Hello");
            for (var page : entry.getValue()) {
                open(page);
                check(entry.getKey() + page.replace('/', '-'));
            }
        }
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

    private void check(String page) throws Exception {
        var dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(page + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        List<Rule> serious = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(browser).getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as("serious accessibility violations on %s: %s", page,
                serious.stream().map(v -> v.getId() + " " + v.getNodes().size() + " node(s): " + v.getHelp()).toList())
                .isEmpty();
    }
}
