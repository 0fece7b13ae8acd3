package org.ourpromise.browser;

import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium under its chromedriver, as every browser test starts it. */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // The machine has no network beyond localhost: keep Chromium from reaching for it.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        return new ChromeDriver(service, options);
    }
}
