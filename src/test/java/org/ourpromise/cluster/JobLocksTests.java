package org.ourpromise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job lock on the embedded default (H2): a second taker is refused while the lock is held, and gets it once
 * released. (On PostgreSQL with two servers: {@code TwoServersBehindAProxyIT}.)
 */
class JobLocksTests extends WebTestSupport {

    @Autowired
    private LockProvider locks;

    @Test
    void aLockHeldIsRefusedToASecondTakerUntilReleased() {
        var config = new LockConfiguration(Instant.now(), "test-job", Duration.ofMinutes(5), Duration.ZERO);
        var first = locks.lock(config);
        assertThat(first).isPresent();
        assertThat(locks.lock(config)).as("another server, meanwhile").isEmpty();
        first.orElseThrow().unlock();
        var again = locks.lock(config);
        assertThat(again).isPresent();
        again.orElseThrow().unlock();
    }
}
