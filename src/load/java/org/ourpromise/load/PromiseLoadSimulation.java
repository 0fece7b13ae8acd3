package org.ourpromise.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Issue 17's load: 50 social workers, each signing in and then, thinking 5 seconds between requests, opening
 * their home page, their worklist, a child's record, the child's chronology and the visit form, and saving a
 * visit; again and again for 3 minutes. The child is one the worklist offers a visit for (so the visit is valid).
 * Run by scripts/load-test.sh against the demo council on PostgreSQL, on loopback only.
 */
public class PromiseLoadSimulation extends Simulation {

    private static final String BASE = System.getProperty("promise.baseUrl", "http://127.0.0.1:8190");
    private static final String USER = System.getProperty("promise.user", "social.worker");
    private static final String PASSWORD = System.getProperty("promise.password", "promise-demo");
    private static final int USERS = Integer.getInteger("promise.users", 50);
    private static final Duration FOR = Duration.ofSeconds(Integer.getInteger("promise.seconds", 180));
    private static final Duration THINK = Duration.ofSeconds(Integer.getInteger("promise.think", 5));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("text/html")
            .userAgentHeader("promise-load-test");

    private final ChainBuilder signIn = exec(http("sign-in page").get("/login")
            .check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("sign in").post("/login").formParam("username", USER).formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}").check(status().is(200), substring("Sign out").exists()));

    private final ChainBuilder round = exec(http("home").get("/").check(status().is(200))).pause(THINK)
            .exec(http("worklist").get("/worklist").check(status().is(200),
                    regex("href=\"/children/([A-Za-z0-9_-]+)/record/visit\"").findRandom().saveAs("child")))
            .pause(THINK)
            .exec(http("child's record").get("/children/#{child}").check(status().is(200))).pause(THINK)
            .exec(http("chronology").get("/children/#{child}/chronology").check(status().is(200))).pause(THINK)
            .exec(http("visit form").get("/children/#{child}/record/visit")
                    .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
            .pause(THINK)
            .exec(session -> {
                var today = LocalDate.now(ZoneId.of("Europe/London"));
                return session.set("day", today.getDayOfMonth()).set("month", today.getMonthValue())
                        .set("year", today.getYear());
            })
            .exec(http("save visit").post("/children/#{child}/record/visit").formParam("date-day", "#{day}")
                    .formParam("date-month", "#{month}").formParam("date-year", "#{year}")
                    .formParam("seenAlone", "yes").formParam("_csrf", "#{csrf}")
                    .check(status().is(200), substring("There is a problem").notExists()))
            .pause(THINK);

    private final ScenarioBuilder workers = scenario("social workers").exec(signIn).pause(THINK)
            .exec(during(FOR).on(round));

    {
        setUp(workers.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(10)))).protocols(protocol)
                .maxDuration(FOR.plusMinutes(1));
    }
}
