package org.ourpromise.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.AtOnce;
import org.ourpromise.WebTestSupport;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.measures.MeasureCatalogue;
import org.ourpromise.reports.Target;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Nothing is lost (issue 17): ten simultaneous target saves used to give eight server errors (duplicate keys). Now
 * twenty at once — new targets and saves of one target from the same page — give no error and lose nothing.
 */
class TargetConcurrencyTests extends WebTestSupport {

    @Autowired
    private TargetStore targets;

    @AfterEach
    void removeTestTargets() {
        jdbc.update("delete from benchmark_target");
        Revision.raise(jdbc);
    }

    private Callable<MockHttpServletResponse> save(String key, String target, String version) {
        return () -> mvc.perform(post("/targets/" + key).param("year", "2026").param("target", target)
                .param("direction", "higher").param("tolerance", "").param("version", version)
                .param("versionYear", "2026").with(as("perf1")).with(csrf())).andReturn().getResponse();
    }

    @Test
    @DisplayName("20 at once: 10 new targets each stored once; 10 saves of one target from the same page: one saved, "
            + "nine refused showing what changed, none a server error")
    void twentyAtOnce() throws Exception {
        var keys = MeasureCatalogue.withLocalMeasures(2026).measures().stream().map(m -> m.key()).limit(11).toList();
        String shared = keys.get(10);
        targets.set(new Target(shared, 2026, new BigDecimal("50"), Target.Direction.HIGHER_IS_BETTER, BigDecimal.ZERO),
                "perf2", StaleEdit.NONE);
        var tasks = new ArrayList<Callable<MockHttpServletResponse>>();
        for (int i = 0; i < 10; i++) {
            tasks.add(save(keys.get(i), String.valueOf(60 + i), ""));
            tasks.add(save(shared, String.valueOf(70 + i), "0"));
        }
        var responses = AtOnce.run(tasks);

        assertThat(responses).extracting(MockHttpServletResponse::getStatus).allMatch(s -> s == 200 || s == 302);
        var stored = targets.forYear(2026);
        assertThat(stored).hasSize(11);
        for (int i = 0; i < 10; i++) {
            String key = keys.get(i);
            assertThat(stored).filteredOn(t -> t.target().measureKey().equals(key)).as(key).singleElement()
                    .satisfies(t -> assertThat(t.version()).isZero());
        }
        var sharedNow = targets.find(shared, 2026).orElseThrow();
        assertThat(sharedNow.version()).as("one save from the page wins").isEqualTo(1);
        assertThat(sharedNow.target().target().intValue()).isBetween(70, 79);
        var refused = responses.stream().filter(r -> r.getStatus() == 200).toList();
        assertThat(refused).hasSize(9).allSatisfy(r -> assertThat(r.getContentAsString())
                .contains("Someone else saved this after you opened it")
                .contains("What is saved now, and what you entered"));
        assertThat(auditCount("perf1", "EDIT_TARGET")).isGreaterThanOrEqualTo(11);
    }

    @Test
    @DisplayName("the same new target saved 10 times at once (a double submission): stored once, the rest told")
    void doubleSubmissionOfANewTarget() throws Exception {
        String key = MeasureCatalogue.withLocalMeasures(2026).measures().get(0).key();
        var tasks = new ArrayList<Callable<MockHttpServletResponse>>();
        for (int i = 0; i < 10; i++) {
            tasks.add(save(key, String.valueOf(80 + i), ""));
        }
        var responses = AtOnce.run(tasks);
        assertThat(responses).extracting(MockHttpServletResponse::getStatus).allMatch(s -> s == 200 || s == 302);
        assertThat(responses).filteredOn(r -> r.getStatus() == 302).hasSize(1);
        assertThat(targets.forYear(2026)).singleElement().satisfies(t -> assertThat(t.version()).isZero());
    }

    @Test
    @DisplayName("a save from a stale page keeps the user's entries in the form at the version saved now")
    void aStaleSaveCanBeAppliedAgain() throws Exception {
        String key = MeasureCatalogue.withLocalMeasures(2026).measures().get(0).key();
        targets.set(new Target(key, 2026, new BigDecimal("5"), Target.Direction.HIGHER_IS_BETTER, BigDecimal.ZERO),
                "perf2", StaleEdit.NONE);
        var page = save(key, "9", "").call();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("name=\"version\" value=\"0\"").contains("value=\"9\"");
        assertThat(targets.find(key, 2026).orElseThrow().target().target()).isEqualByComparingTo("5");
        assertThat(save(key, "9", "0").call().getStatus()).isEqualTo(302);
        assertThat(targets.find(key, 2026).orElseThrow().target().target()).isEqualByComparingTo("9");
    }
}
