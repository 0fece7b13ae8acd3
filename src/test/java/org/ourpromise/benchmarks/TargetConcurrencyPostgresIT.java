package org.ourpromise.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.ourpromise.AtOnce;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.reports.Target;
import org.ourpromise.support.EmbeddedPostgresql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link TargetConcurrencyTests} at the store on a real PostgreSQL, where row locks make concurrent saves wait:
 * 20 saves at once, on threads against the database — 10 new targets, 10 saves of one target from version 0 —
 * none fails, each new target is stored once, and one of the ten saves wins.
 */
@SpringBootTest(properties = {"promise.demo.enabled=false", "promise.clock.fixed=2026-11-22"})
class TargetConcurrencyPostgresIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresql.register(registry, "targets_it");
    }

    @Autowired
    private TargetStore targets;

    private static Target target(String key, int figure) {
        return new Target(key, 2026, BigDecimal.valueOf(figure), Target.Direction.HIGHER_IS_BETTER, BigDecimal.ZERO);
    }

    @Test
    void twentyAtOnceLoseNothing() throws Exception {
        targets.set(target("shared", 50), "perf2", StaleEdit.NONE);
        var tasks = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            tasks.add(() -> targets.set(target("new-" + n, 60 + n), "perf1", StaleEdit.NONE).saved());
            tasks.add(() -> targets.set(target("shared", 70 + n), "perf1", 0).saved());
            tasks.add(() -> targets.set(target("twice", 80 + n), "perf1", StaleEdit.NONE).saved());
        }
        var saved = AtOnce.run(tasks);
        assertThat(saved.stream().filter(b -> b).count()).isEqualTo(10 + 1 + 1);
        var stored = targets.forYear(2026);
        assertThat(stored).hasSize(12);
        for (int i = 0; i < 10; i++) {
            String key = "new-" + i;
            assertThat(stored).filteredOn(t -> t.target().measureKey().equals(key)).as(key).hasSize(1);
        }
        assertThat(targets.find("shared", 2026).orElseThrow().version()).isEqualTo(1);
    }
}
