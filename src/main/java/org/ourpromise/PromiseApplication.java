package org.ourpromise;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Promise: with no arguments it serves the web application; with a subcommand it runs that
 * command without the web server (see the dispatcher).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PromiseApplication {

    /** The business clock: rules and pages take "today" from here, never from the system directly. */
    @Bean
    Clock clock(@Value("${promise.clock.fixed:}") String fixedDate) {
        var england = ZoneId.of("Europe/London");
        if (!fixedDate.isBlank()) {
            // A fixed business date, for tests and for demonstrating a given day.
            return Clock.fixed(LocalDate.parse(fixedDate).atTime(12, 0).atZone(england).toInstant(), england);
        }
        return Clock.system(england);
    }

    public static void main(String[] args) {
        if (!PromiseCommandLine.startsServer(args)) {
            System.exit(PromiseCommandLine.run(args));
        }
        SpringApplication.run(PromiseApplication.class, args);
    }
}
