package org.ourpromise.cluster;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions in the database (table {@code spring_session}), so a user stays signed in whichever server answers
 * and across a restart: on with {@code promise.sessions.in-database=true}, off by default (decision 0075). Boot's
 * own JDBC session configuration is excluded in {@code application.properties}, so that this setting alone
 * decides; the cookie keeps the {@code server.servlet.session.cookie.*} settings and the session timeout is 30
 * minutes, as with the server's own sessions.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("promise.sessions.in-database")
@EnableJdbcHttpSession
class DatabaseSessions {
}
