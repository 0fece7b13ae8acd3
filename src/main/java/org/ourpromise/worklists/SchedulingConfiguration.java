package org.ourpromise.worklists;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work (the daily digest) runs in the server only, never in a command. */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
class SchedulingConfiguration {
}
