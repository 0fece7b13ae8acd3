package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.PromiseApplication;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The demo council fills only the embedded default database, unless the operator asks for it explicitly. */
class DemoPolicyTests {

    private static final String PACKAGED = "Config resource 'class path resource [application.properties]'"
            + " via location 'optional:classpath:/'";
    private static final String DEFAULT_URL = "jdbc:h2:file:./data/promise;MODE=PostgreSQL";

    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
            "jdbc:h2:mem:demopolicy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));

    @BeforeEach
    void tables() {
        jdbc.execute("drop all objects");
        jdbc.execute("create table app_user (username varchar(60) primary key)");
        jdbc.execute("create table demo_council (seed bigint not null, filled_at timestamp not null)");
    }

    private DemoPolicy policy(Map<String, Object> environmentVariables, Map<String, Object> commandLine) {
        var env = new StandardEnvironment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        env.getPropertySources().addFirst(new MapPropertySource(PACKAGED, Map.of("spring.datasource.url", DEFAULT_URL)));
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment", environmentVariables));
        env.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", commandLine));
        return new DemoPolicy(env, jdbc);
    }

    @Test
    @DisplayName("the embedded default (no datasource configured) gets the demo council")
    void embeddedDefault() {
        assertThat(policy(Map.of(), Map.of()).enabled()).isTrue();
        assertThat(policy(Map.of(), Map.of()).shouldFill(0)).isTrue();
    }

    @Test
    @DisplayName("SPRING_DATASOURCE_URL set (an H2 file included): no demo unless promise.demo.enabled=true")
    void configuredDatabase() {
        var h2File = Map.<String, Object>of("SPRING_DATASOURCE_URL", "jdbc:h2:file:/tmp/council");
        assertThat(policy(h2File, Map.of()).enabled()).isFalse();
        assertThat(policy(h2File, Map.of()).shouldFill(0)).isFalse();
        assertThat(policy(Map.of(), Map.of("spring.datasource.url", "jdbc:postgresql://db/promise")).enabled())
                .isFalse();
        assertThat(policy(h2File, Map.of("promise.demo.enabled", "true")).enabled()).isTrue();
        assertThat(policy(Map.of("PROMISE_DEMO_ENABLED", "true"), Map.of("spring.datasource.url", "jdbc:h2:mem:x"))
                .enabled()).isTrue();
        assertThat(policy(Map.of(), Map.of("promise.demo.enabled", "false")).enabled()).isFalse();
    }

    @Test
    @DisplayName("demo enabled on a database holding records the demo did not add: refuses to start")
    void refusesRealRecords() {
        jdbc.update("insert into app_user values ('first.admin')");
        var enabled = policy(Map.of(), Map.of("promise.demo.enabled", "true"));
        assertThatThrownBy(() -> enabled.shouldFill(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 accounts the demo did not add");
        assertThatThrownBy(() -> enabled.shouldFill(12)).hasMessageContaining("12 children");
        enabled.markFilled(2026);
        assertThat(enabled.shouldFill(12)).as("filled by the demo before: nothing to add, nothing to refuse").isFalse();
    }

    @Test
    @DisplayName("a server started on a configured database creates no account and no child; "
            + "with demo enabled on that database once it holds an account, it does not start")
    void wholeApplication() {
        String url = "jdbc:h2:mem:demopolicyapp;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (var context = new SpringApplicationBuilder(PromiseApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--promise.digest.cron=-")) {
            var db = context.getBean(JdbcTemplate.class);
            assertThat(db.queryForObject("select count(*) from app_user", Long.class)).isZero();
            assertThat(db.queryForObject("select count(*) from child", Long.class)).isZero();
            context.getBean(UserAccounts.class).addUser("first.admin", "First Admin", "a long pass phrase",
                    Role.ADMINISTRATOR, null, null);
        }
        assertThatThrownBy(() -> new SpringApplicationBuilder(PromiseApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--promise.demo.enabled=true", "--promise.digest.cron=-")
                .close())
                .hasStackTraceContaining("the demo council is never mixed with real records");
    }
}
