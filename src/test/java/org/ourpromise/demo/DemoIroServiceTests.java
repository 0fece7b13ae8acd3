package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.iro.AlertFilter;
import org.ourpromise.iro.AlertKind;
import org.ourpromise.iro.EscalationStage;
import org.ourpromise.iro.IroReports;
import org.ourpromise.iro.QaAlerts;
import org.ourpromise.iro.ReviewAction;
import org.ourpromise.iro.ReviewChecks;
import org.ourpromise.iro.ReviewOutcomes;
import org.ourpromise.measures.IroServiceMeasureCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo council on first start has the IRO service's work: alerts of both kinds, escalations that reached
 * every stage of the ladder, reviews with actions in every state and midway checks, a figure for every IRO
 * measure, and the iro.manager account.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demoiro-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "promise.clock.fixed=2026-11-22", "promise.demo.enabled=true"})
@AutoConfigureMockMvc
class DemoIroServiceTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private QaAlerts alerts;
    @Autowired
    private UserAccounts users;
    @Autowired
    private ReviewOutcomes outcomes;
    @Autowired
    private ReviewChecks checks;
    @Autowired
    private IroReports reports;

    @Test
    void theDemoCouncilHasAlertsAndEscalationsAtEveryStage() {
        var all = alerts.list(AlertFilter.all());
        assertThat(all).extracting(a -> a.kind()).contains(AlertKind.GOOD_PRACTICE, AlertKind.CONCERN);
        var reached = EnumSet.noneOf(EscalationStage.class);
        all.forEach(a -> a.stages().forEach(s -> reached.add(s.stage())));
        assertThat(reached).containsExactlyInAnyOrder(EscalationStage.values());
        assertThat(all).anyMatch(a -> a.raisedBy().equals("iro"));
        assertThat(all).anyMatch(a -> a.isOpen() && !a.stages().isEmpty());
        assertThat(users.loadUserByUsername("iro.manager").role()).isEqualTo(Role.IRO_MANAGER);
    }

    @Test
    void theDemoReviewsHaveActionsOpenDoneLateAndDroppedAndEveryIroMeasureHasAFigure() {
        var actions = outcomes.allActions();
        assertThat(actions).extracting(ReviewAction::status).contains(ReviewAction.Status.values());
        assertThat(actions).anyMatch(a -> a.isOverdue(LocalDate.of(2026, 11, 22)));
        assertThat(actions).anyMatch(a -> a.ownerWorker() != null).anyMatch(a -> a.ownerWorker() == null);
        assertThat(checks.allMidwayChecks()).anyMatch(ReviewChecks.MidwayCheck::allOnTrack)
                .anyMatch(c -> !c.allOnTrack());
        var figures = reports.measures(2026);
        figures.forEach((k, v) -> System.out.println("[demo 2025-26] " + k + " = " + v.value() + " (" + v.numerator()
                + (v.denominator() == null ? "" : " / " + v.denominator()) + ")"));
        assertThat(figures).allSatisfy((k, v) -> assertThat(v.value()).as(k).isNotNull());
        assertThat(figures.get(IroServiceMeasureCatalogue.ESCALATIONS).numerator()).isPositive();
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void everyIroPageOfTheDemoCouncilIsFilled() throws Exception {
        assertThat(page("iro.manager", "/iro/alerts")).contains("Awaiting response").contains("Escalated");
        assertThat(page("iro", "/iro/alerts")).containsPattern("/iro/alerts/\\d+");
        assertThat(page("team.manager", "/iro/alerts")).containsPattern("/iro/alerts/\\d+");
        var escalations = page("iro.manager", "/iro/escalations");
        for (var stage : EscalationStage.values()) {
            assertThat(escalations).contains(alerts.settings().name(stage));
        }
        var report = page("iro.manager", "/reports/iro?year=2026");
        assertThat(report).contains("Measures and targets").contains("Looked-after children per full-time IRO")
                .contains("Review actions completed on time").contains("Concerns escalated").doesNotContain("not available");
        assertThat(page("performance", "/reports/iro?year=2026")).contains("Permanence plan at the second review");
        assertThat(page("performance", "/targets.csv?year=2026")).contains("Quality assurance alerts raised"); // the page is paged
        var pdf = mvc.perform(get("/reports/iro.pdf").param("year", "2026").with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername("iro.manager")))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentAsByteArray().length).isGreaterThan(10_000);
    }
}
