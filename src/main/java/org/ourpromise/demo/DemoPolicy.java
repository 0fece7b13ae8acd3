package org.ourpromise.demo;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the demo council may fill this database. Only the embedded default database (the
 * {@code spring.datasource.url} of the packaged application.properties) gets it without asking; any
 * database the operator configured gets it only with {@code promise.demo.enabled=true}, and never one
 * holding records the demo did not add: demo accounts with a published password must not reach real data.
 */
@Component
class DemoPolicy {

    static final String SETTING = "promise.demo.enabled";
    private static final String URL = "spring.datasource.url";

    private final ConfigurableEnvironment environment;
    private final JdbcTemplate jdbc;

    DemoPolicy(ConfigurableEnvironment environment, JdbcTemplate jdbc) {
        this.environment = environment;
        this.jdbc = jdbc;
    }

    /** The setting when given; otherwise on for the embedded default database only. */
    boolean enabled() {
        Boolean explicit = environment.getProperty(SETTING, Boolean.class);
        return explicit != null ? explicit : usesEmbeddedDefault();
    }

    /** Whether the database URL comes from the packaged application.properties, not from the operator. */
    boolean usesEmbeddedDefault() {
        for (var source : environment.getPropertySources()) {
            // "configurationProperties" is Spring Boot's view over all the others, not a source of its own.
            if (!source.getName().equals("configurationProperties") && source.containsProperty(URL)) {
                return source.getName().contains("class path resource [application.properties]");
            }
        }
        return true;
    }

    /**
     * Whether to fill the database now: demo enabled and the database empty. A database with records
     * and no demo mark holds someone's real data, and the server refuses to start rather than add demo
     * accounts to it.
     */
    boolean shouldFill(long children) {
        if (!enabled()) {
            return false;
        }
        boolean demoFilled = count("select count(*) from demo_council") > 0;
        if (demoFilled) {
            return false;
        }
        long users = count("select count(*) from app_user");
        if (children > 0 || users > 0) {
            throw new IllegalStateException("promise.demo.enabled is on but the database holds " + children
                    + " children and " + users + " accounts the demo did not add; the demo council is never mixed"
                    + " with real records. Start with promise.demo.enabled=false.");
        }
        return true;
    }

    void markFilled(long seed) {
        jdbc.update("insert into demo_council (seed, filled_at) values (?, current_timestamp)", seed);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
