package org.ourpromise.cluster;

import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each night, on one server, forgets which children changed more than two days ago (the list only ever grows). */
@Component
@ConditionalOnWebApplication
class RecordChangePruning {

    private static final Logger LOG = LoggerFactory.getLogger(RecordChangePruning.class);

    private final DataVersion versions;
    private final Clock clock;

    RecordChangePruning(DataVersion versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    @Scheduled(cron = "${promise.cluster.prune-cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "record-change-pruning", lockAtLeastFor = "PT10M")
    void nightly() {
        int n = versions.prune(LocalDateTime.now(clock).minusDays(2));
        LOG.info("Forgot {} record changes more than two days old", n);
    }
}
