package org.ourpromise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.support.EmbeddedPostgresql;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16 in Chromium against the real server on PostgreSQL: every page of the sweep, read as the person sees
 * it (the rendered text, not the markup), shows no internal text; ten key pages at 320 px wide do not scroll
 * sideways; the menu marks the page's section. Screenshots at 320 px and desktop go to target/screenshots/words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"promise.demo.enabled=false", "promise.clock.fixed=2026-11-22"})
class PlainWordsIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresql.register(registry, "plain_words_it");
    }

    private static ChromeDriver browser;

    @LocalServerPort
    private int port;

    @Autowired
    private CareRecords records;

    @Autowired
    private UserAccounts users;

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
    void noPageShowsInternalText() throws Exception {
        TestCouncil.load(records, users);
        var problems = new ArrayList<String>();
        for (var entry : SweepPages.byUser().entrySet()) {
            signIn(entry.getKey());
            for (var page : entry.getValue()) {
                open(page);
                String text = browser.findElement(By.tagName("body")).getText() + " " + browser.getTitle();
                SweepPages.findings(text).forEach(f -> problems.add(page + " (" + entry.getKey() + ") " + f));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Ten and more key pages, by the account that uses them; each at 320 px must fit without sideways scroll. */
    @Test
    void keyPagesFitA320PixelScreenAndTheMenuMarksTheSection() throws Exception {
        TestCouncil.load(records, users);
        Map<String, List<String>> keyPages = new LinkedHashMap<>();
        keyPages.put("sw1", List.of("/", "/worklist", "/caseload", "/digest", "/children/" + TestCouncil.AMIRA,
                "/children/" + TestCouncil.AMIRA + "/chronology", "/accessibility"));
        keyPages.put("iro1", List.of("/iro/alerts"));
        keyPages.put("tm1", List.of("/timeliness", "/dashboard"));
        keyPages.put("perf1", List.of("/targets", "/data-quality"));
        keyPages.put("board1", List.of("/board-pack"));
        keyPages.put("nurse1", List.of("/health", "/health/waits"));
        keyPages.put("pa1", List.of("/leavers"));
        keyPages.put("vsh1", List.of("/virtual-school"));
        var tooWide = new ArrayList<String>();
        for (var entry : keyPages.entrySet()) {
            signIn(entry.getKey());
            for (var page : entry.getValue()) {
                open(page);
                shoot(entry.getKey() + page, "desktop");
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
                open(page);
                long scrollWidth = (Long) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth");
                long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
                // a page without a phone viewport lays out at 980 px and would pass by being as wide as its "screen"
                if (Boolean.TRUE.equals(((JavascriptExecutor) browser)
                        .executeScript("return document.querySelector('meta[name=viewport]') === null"))) {
                    tooWide.add(page + " (" + entry.getKey() + "): no phone viewport, laid out " + viewport + " px wide");
                }
                if (scrollWidth > viewport) {
                    tooWide.add(page + " (" + entry.getKey() + "): " + scrollWidth + " px wide in a " + viewport + " px screen");
                }
                shoot(entry.getKey() + page, "320");
                browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
        assertThat(tooWide).isEmpty();

        signIn("sw1");
        open("/children/" + TestCouncil.AMIRA + "/chronology");
        var current = browser.findElements(By.cssSelector("nav [aria-current=page]"));
        assertThat(current).hasSize(1);
        assertThat(current.get(0).getText()).isEqualTo("Find a child");
        open("/worklist");
        assertThat(browser.findElement(By.cssSelector("nav [aria-current=page]")).getText()).isEqualTo("Worklist");
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestCouncil.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static void shoot(String page, String width) throws Exception {
        var dir = Path.of("target/screenshots/words");
        Files.createDirectories(dir);
        Files.write(dir.resolve(page.replaceAll("[^A-Za-z0-9.-]+", "-") + "-" + width + ".png"),
                browser.getScreenshotAs(OutputType.BYTES));
    }
}
