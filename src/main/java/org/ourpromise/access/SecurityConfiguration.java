package org.ourpromise.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default: every path is listed with the permission it needs, and anything not listed is
 * refused. Child-level checks (which children) happen in {@link ChildAccess}.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuditLog audit) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/login", "/css/**", "/images/**", "/webjars/**", "/favicon.ico", "/error",
                        "/accessibility").permitAll()
                .requestMatchers(HttpMethod.GET, "/").authenticated()
                .requestMatchers(HttpMethod.GET, "/children", "/children/*", "/children/*/chronology")
                    .hasAuthority(Permission.VIEW_CHILD_RECORDS.name())
                .requestMatchers("/children/*/record/**").hasAuthority(Permission.RECORD_EVENTS.name())
                .requestMatchers(HttpMethod.GET, "/worklist", "/worklist.csv", "/digest")
                    .hasAuthority(Permission.VIEW_CHILD_RECORDS.name())
                .requestMatchers("/worklist/lateness").hasAuthority(Permission.RECORD_EVENTS.name())
                .requestMatchers(HttpMethod.GET, "/timeliness").hasAuthority(Permission.VIEW_AGGREGATE_FIGURES.name())
                .requestMatchers(HttpMethod.GET, "/admin/audit").hasAuthority(Permission.VIEW_AUDIT.name())
                .requestMatchers("/admin/lateness-reasons", "/admin/lateness-reasons/*/*")
                    .hasAuthority(Permission.MANAGE_LISTS.name())
                .requestMatchers("/complaints", "/complaints.csv", "/complaints/*", "/complaints/*/lateness")
                    .hasAuthority(Permission.MANAGE_COMPLAINTS.name())
                .requestMatchers("/targets", "/targets/*", "/targets/*/remove")
                    .hasAuthority(Permission.MANAGE_TARGETS.name())
                .requestMatchers(HttpMethod.GET, "/comparators").hasAuthority(Permission.VIEW_AGGREGATE_FIGURES.name())
                .requestMatchers(HttpMethod.GET, "/data-quality", "/data-quality/*", "/returns/annex-a.xlsx")
                    .hasAuthority(Permission.MANAGE_RETURN.name())
                .requestMatchers(HttpMethod.GET, "/reports/annual", "/reports/annual.pdf", "/board-pack",
                        "/board-pack.pdf", "/dashboard").hasAuthority(Permission.VIEW_AGGREGATE_FIGURES.name())
                .requestMatchers("/reports/annual/narrative").hasAuthority(Permission.MANAGE_RETURN.name())
                // drill-down lists children: aggregate figures and child records both (board members never)
                .requestMatchers(HttpMethod.GET, "/dashboard/*").access(AuthorizationManagers.allOf(
                        AuthorityAuthorizationManager.hasAuthority(Permission.VIEW_AGGREGATE_FIGURES.name()),
                        AuthorityAuthorizationManager.hasAuthority(Permission.VIEW_CHILD_RECORDS.name())))
                // education (issue 12): case workers within their scope, the Virtual School for every child
                .requestMatchers(HttpMethod.GET, "/education/children/*", "/education/children/*/*/*")
                    .hasAnyAuthority(Permission.VIEW_CHILD_RECORDS.name(), Permission.MANAGE_EDUCATION.name())
                .requestMatchers(HttpMethod.POST, "/education/children/*/*/*")
                    .hasAnyAuthority(Permission.RECORD_EVENTS.name(), Permission.MANAGE_EDUCATION.name())
                .requestMatchers(HttpMethod.GET, "/virtual-school").hasAuthority(Permission.MANAGE_EDUCATION.name())
                .requestMatchers(HttpMethod.GET, "/reports/virtual-school", "/reports/virtual-school.pdf")
                    .hasAnyAuthority(Permission.MANAGE_EDUCATION.name(), Permission.VIEW_AGGREGATE_FIGURES.name())
                .requestMatchers("/reports/virtual-school/narrative").hasAuthority(Permission.MANAGE_EDUCATION.name())
                .requestMatchers(HttpMethod.GET, "/health").hasAuthority(Permission.MANAGE_HEALTH.name())
                .anyRequest().denyAll())
            .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
            .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
            .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                var auth = request.getUserPrincipal();
                audit.recordAs(auth == null ? "anonymous" : auth.getName(), AuditLog.Action.ACCESS_DENIED, null,
                        request.getMethod() + " " + request.getRequestURI());
                response.setStatus(403);
                request.getRequestDispatcher("/error").forward(request, response);
            }))
            .headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'"))
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

}
