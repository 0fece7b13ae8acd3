package org.ourpromise.worklists;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Builds the day's due items before anyone asks: just after midnight, and once the server is up. Without it
 * the first worklist of the day waits for the engine to run over every record (seconds, for a large council).
 * The nightly run is a job that runs once across servers, like the daily digest (decision 0130): the server
 * holding the lock builds the day first; another server builds its own memory at its first request of the day
 * (0.7 s on the demo council) or when it starts, which is not a scheduled job.
 */
@Component
@ConditionalOnWebApplication
class DueItemsWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(DueItemsWarmUp.class);

    private final CouncilDueItems council;

    DueItemsWarmUp(CouncilDueItems council) {
        this.council = council;
    }

    @Scheduled(cron = "${promise.worklists.warm-up-cron:0 1 0 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "worklist-warm-up", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
    void everyNight() {
        warm("the new day");
    }

    /** In a thread of its own, so the server starts listening at once; a request meanwhile waits for it. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        var thread = new Thread(() -> warm("start-up"), "due-items-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void warm(String why) {
        long started = System.nanoTime();
        try {
            int children = council.current().children().size();
            LOG.info("Due items for {} children worked out for {} in {} ms", children, why,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Due items could not be worked out in advance ({}); the first worklist will do it", why, e);
        }
    }
}
