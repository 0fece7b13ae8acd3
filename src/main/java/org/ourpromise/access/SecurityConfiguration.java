package org.ourpromise.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Deny by default: every path is listed with the permission it needs, and anything not listed is
 * refused. Child-level checks (which children) happen in {@link ChildAccess}.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuditLog audit, Refusals refusals,
            SignInThrottle throttle, Accounts accounts, ObjectProvider<OidcSignIn> councilSignIn) throws Exception {
        http.authorizeHttpRequests(a -> {
            caseRecords(a);
            administration(a);
            figuresAndReports(a);
            iroService(a);
            services(a);
            educationAndHealth(a);
            participation(a);
            youngPeople(a);
            recordsRequests(a);
            writtenToTheChild(a);
            a.anyRequest().denyAll();
        })
            .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
            .addFilterBefore(new ActiveAccountFilter(accounts), AuthorizationFilter.class)
            .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
            .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
            .exceptionHandling(e -> e.accessDeniedHandler(refusals).authenticationEntryPoint(new SignInEntryPoint()));
        // the council's identity provider, when configured (decision 0070); local passwords stay
        var oidc = councilSignIn.getIfAvailable();
        if (oidc != null) {
            oidc.configure(http);
        }
        securityHeaders(http);
        return http.build();
    }

    private static void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(h -> h
            .contentSecurityPolicy(c -> c.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'"))
            .referrerPolicy(r -> r.policy(
                    org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }

    /** Sign-in and public assets; the child's record, worklists, allocations and caseloads. */
    private static void caseRecords(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a
            .requestMatchers(HttpMethod.GET, "/js/**").permitAll() // GOV.UK Frontend enhancement script
            .requestMatchers("/login", "/css/**", "/images/**", "/webjars/**", "/favicon.ico", "/error",
                    "/accessibility").permitAll()
            .requestMatchers("/assets/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/").authenticated()
            .requestMatchers("/children/new").hasAuthority(Permission.ADD_CHILDREN.name())
            .requestMatchers(HttpMethod.GET, "/children", "/children/*", "/children/*/chronology")
                .hasAuthority(Permission.VIEW_CHILD_RECORDS.name())
            .requestMatchers(HttpMethod.GET, "/children.csv", "/children/*/chronology.csv")
                .hasAuthority(Permission.VIEW_CHILD_RECORDS.name())
            .requestMatchers("/children/*/record/allocation-correction").hasAuthority(Permission.ALLOCATE_WORKERS.name())
            .requestMatchers(HttpMethod.GET, "/children/*/record/visit-correction.csv")
                .hasAuthority(Permission.RECORD_EVENTS.name())
            .requestMatchers("/children/*/record/**").hasAuthority(Permission.RECORD_EVENTS.name())
            // a restricted record: opened with a reason by anyone in scope; restricted by managers and administrators
            .requestMatchers("/children/*/restricted").hasAnyAuthority(Permission.VIEW_CHILD_RECORDS.name(),
                Permission.MANAGE_HEALTH.name(), Permission.MANAGE_EDUCATION.name())
            .requestMatchers("/children/*/restriction", "/children/*/restriction.csv").hasAuthority(Permission.RESTRICT_RECORDS.name())
            .requestMatchers(HttpMethod.GET, "/worklist", "/worklist.csv", "/digest", "/digest.csv")
                .hasAuthority(Permission.VIEW_CHILD_RECORDS.name())
            .requestMatchers("/worklist/lateness").hasAuthority(Permission.RECORD_EVENTS.name())
            .requestMatchers(HttpMethod.GET, "/timeliness", "/timeliness.csv").hasAuthority(Permission.VIEW_AGGREGATE_FIGURES.name())
            .requestMatchers(HttpMethod.GET, "/children/*/allocations").hasAuthority(Permission.VIEW_CHILD_RECORDS.name())
            .requestMatchers(HttpMethod.POST, "/children/*/allocations").hasAuthority(Permission.ALLOCATE_WORKERS.name())
            .requestMatchers(HttpMethod.GET, "/allocations").hasAuthority(Permission.ALLOCATE_WORKERS.name())
            .requestMatchers(HttpMethod.GET, "/allocations.csv").hasAuthority(Permission.ALLOCATE_WORKERS.name())
            .requestMatchers(HttpMethod.GET, "/caseload", "/caseload.csv").hasAuthority(Permission.VIEW_CHILD_RECORDS.name());
    }

    /** Accounts, audit, lists and staff. */
    private static void administration(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a
            .requestMatchers(HttpMethod.GET, "/admin/audit", "/admin/audit.csv").hasAuthority(Permission.VIEW_AUDIT.name())
            .requestMatchers(HttpMethod.GET, "/admin/users.csv").hasAuthority(Permission.MANAGE_ACCOUNTS.name())
            .requestMatchers("/admin/users", "/admin/users/*", "/admin/users/*/deactivate", "/admin/users/*/link")
                .hasAuthority(Permission.MANAGE_ACCOUNTS.name())
            .requestMatchers("/account/password").authenticated()
            .requestMatchers("/set-password").permitAll()
            .requestMatchers("/admin/lateness-reasons", "/admin/lateness-reasons/*/*")
                .hasAuthority(Permission.MANAGE_LISTS.name())
            .requestMatchers("/admin/complaint-themes", "/admin/complaint-themes/*/*")
                .hasAuthority(Permission.MANAGE_LISTS.name())
            .requestMatchers("/admin/staff", "/admin/staff/*").hasAuthority(Permission.MANAGE_STAFF.name())
            .requestMatchers(HttpMethod.GET, "/admin/staff.csv").hasAuthority(Permission.MANAGE_STAFF.name());
    }

    /** Complaints, targets, comparators, the return, reports, the board and Our Promise. */
    private static void figuresAndReports(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a
            .requestMatchers("/complaints", "/complaints.csv", "/complaints/register.csv", "/complaints/*", "/complaints/*/lateness")
                .hasAuthority(Permission.MANAGE_COMPLAINTS.name())
            .requestMatchers("/complaints/*/outcome").hasAuthority(Permission.MANAGE_COMPLAINTS.name())
            .requestMatchers("/targets", "/targets/*", "/targets/*/remove")
                .hasAuthority(Permission.MANAGE_TARGETS.name())
            .requestMatchers(HttpMethod.GET, "/targets.csv").hasAuthority(Permission.MANAGE_TARGETS.name())
            .requestMatchers("/population").hasAuthority(Permission.MANAGE_TARGETS.name())
            .requestMatchers(HttpMethod.GET, "/comparators").hasAuthority(Permission.VIEW_AGGREGATE_FIGURES.name())
            .requestMatchers(HttpMethod.GET, "/data-quality", "/data-quality.csv", "/data-quality/*", "/data-quality/*.csv",
                    "/returns/annex-a.xlsx")
                .hasAuthority(Permission.MANAGE_RETURN.name())
            .requestMatchers(HttpMethod.GET, "/reports/annual", "/reports/annual.pdf", "/board-pack",
                    "/board-pack.pdf", "/dashboard").hasAuthority(Permission.VIEW_AGGREGATE_FIGURES.name())
            .requestMatchers(HttpMethod.GET, "/dashboard.csv", "/board-pack.csv", "/reports/annual.csv",
                    "/reports/figures.json").hasAuthority(Permission.VIEW_AGGREGATE_FIGURES.name())
            // drill-down lists children: aggregate figures and child records both (board members never)
            .requestMatchers(HttpMethod.GET, "/dashboard/*", "/dashboard/*.csv").access(AuthorizationManagers.allOf(
                    AuthorityAuthorizationManager.hasAuthority(Permission.VIEW_AGGREGATE_FIGURES.name()),
                    AuthorityAuthorizationManager.hasAuthority(Permission.VIEW_CHILD_RECORDS.name())))
            .requestMatchers("/reports/annual/narrative").hasAuthority(Permission.MANAGE_RETURN.name())
            .requestMatchers("/board-pack/narrative").hasAuthority(Permission.MANAGE_RETURN.name())
            .requestMatchers(HttpMethod.GET, "/board/meetings", "/board/meetings.csv", "/board/meetings/*", "/board/members", "/board/plan",
                    "/board/actions", "/board/actions.csv").hasAuthority(Permission.BOARD_BUSINESS.name())
            .requestMatchers("/board/actions/*").hasAuthority(Permission.BOARD_BUSINESS.name())
            // the clerk's forms: meetings, agenda, minutes, papers, attendance, members, the work plan and terms
            .requestMatchers("/board/meetings/new", "/board/meetings/*/agenda-from-plan", "/board/meetings/*/attendance",
                    "/board/meetings/*/minutes-agreed", "/board/meetings/*/new-action", "/board/meetings/*/new-item",
                    "/board/items/*", "/board/papers/*", "/board/members/new", "/board/members/*", "/board/plan/new",
                    "/board/terms").hasAuthority(Permission.BOARD_BUSINESS.name())
            .requestMatchers(HttpMethod.GET, "/our-promise").hasAnyAuthority(Permission.BOARD_BUSINESS.name(),
                    Permission.PROMISE_PARTNER.name())
            // a partner's own evidence (the page checks the pledge is theirs); the council keeps the rest
            .requestMatchers("/our-promise/evidence/*", "/our-promise/files/*").hasAnyAuthority(
                    Permission.BOARD_BUSINESS.name(), Permission.PROMISE_PARTNER.name())
            .requestMatchers("/our-promise/commitments/*", "/our-promise/pledges/new", "/our-promise/reminders")
                .hasAuthority(Permission.BOARD_BUSINESS.name())
            .requestMatchers(HttpMethod.GET, "/reports/our-promise", "/reports/our-promise.pdf")
                .hasAuthority(Permission.BOARD_BUSINESS.name());
    }

    /** The IRO service: alerts, escalations, reviews and its report. */
    private static void iroService(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a
            .requestMatchers(HttpMethod.GET, "/iro/alerts", "/iro/alerts.csv").hasAuthority(Permission.VIEW_QA_ALERTS.name())
            .requestMatchers(HttpMethod.GET, "/iro/alerts/addressed").hasAuthority(Permission.RESPOND_TO_QA_ALERTS.name())
            .requestMatchers("/iro/alerts/new", "/iro/alerts/*/accept", "/iro/alerts/*/escalate", "/iro/alerts/*/stage",
                    "/iro/alerts/*/cafcass").hasAuthority(Permission.RAISE_QA_ALERTS.name())
            .requestMatchers(HttpMethod.POST, "/iro/alerts/*/respond").hasAuthority(Permission.RESPOND_TO_QA_ALERTS.name())
            // one alert: whoever may open children's records; the page then checks it is theirs to see
            .requestMatchers(HttpMethod.GET, "/iro/alerts/*").hasAuthority(Permission.VIEW_CHILD_RECORDS.name())
            .requestMatchers("/iro/escalations", "/iro/meetings/*", "/iro/report-narrative")
                .hasAuthority(Permission.MANAGE_ESCALATIONS.name())
            .requestMatchers(HttpMethod.GET, "/iro/reviews/*/*").hasAuthority(Permission.VIEW_CHILD_RECORDS.name())
            .requestMatchers(HttpMethod.POST, "/iro/reviews/*/*", "/iro/reviews/*/*/actions", "/iro/reviews/*/*/actions/*")
                .hasAuthority(Permission.RECORD_EVENTS.name())
            // the IRO's own checks: midway between reviews and the checklist before one
            .requestMatchers("/iro/reviews/*/*/midway", "/iro/children/*/prep").hasAuthority(Permission.RAISE_QA_ALERTS.name())
            .requestMatchers(HttpMethod.GET, "/reports/iro", "/reports/iro.pdf").hasAuthority(Permission.VIEW_IRO_REPORT.name());
    }

    /** Permanence, the care leavers' offer, children at risk and the workforce. */
    private static void services(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a
            // the workforce's figures name workers only; its drill-down lists children, so it needs both (issue 10)
            .requestMatchers(HttpMethod.GET, "/workforce", "/workforce.csv")
                .hasAuthority(Permission.VIEW_AGGREGATE_FIGURES.name())
            .requestMatchers(HttpMethod.GET, "/workforce/changes", "/workforce/changes.csv").access(AuthorizationManagers.allOf(
                    AuthorityAuthorizationManager.hasAuthority(Permission.VIEW_AGGREGATE_FIGURES.name()),
                    AuthorityAuthorizationManager.hasAuthority(Permission.VIEW_CHILD_RECORDS.name())))
            .requestMatchers("/permanence", "/permanence.csv", "/permanence/children/*", "/permanence/panels",
                    "/permanence/panels.csv",
                    "/permanence/panels/*", "/permanence/panels/*/children", "/permanence/panels/*/decisions",
                    "/permanence/children/*/orders", "/permanence/children/*/orders/support")
                .hasAuthority(Permission.TRACK_PERMANENCE.name())
            .requestMatchers("/entitlements", "/entitlements.csv", "/entitlements/claims", "/entitlements/claims/*",
                    "/entitlements/children/*", "/entitlements/spending")
                .hasAuthority(Permission.MANAGE_ENTITLEMENTS.name())
            .requestMatchers("/entitlements/offer", "/entitlements/offer/entitlements/*")
                .hasAuthority(Permission.MANAGE_LOCAL_OFFER.name())
            .requestMatchers("/risk", "/risk.csv", "/risk/children/*", "/risk/children/*/panel",
                    "/risk/children/*/missing-panel", "/risk/children/*/youth-justice", "/risk/children/*/youth-justice/*",
                    "/risk/placed-here", "/risk/placed-here.csv", "/risk/placed-here/*")
                .hasAuthority(Permission.VIEW_CHILDREN_AT_RISK.name())
            .requestMatchers(HttpMethod.GET, "/leavers", "/leavers.csv", "/leavers/children/*", "/leavers/arrangements",
                    "/leavers/arrangements.csv").hasAuthority(Permission.MANAGE_ENTITLEMENTS.name())
            .requestMatchers("/leavers/children/*/arrangements", "/leavers/children/*/arrangements/*")
                .hasAuthority(Permission.MANAGE_ENTITLEMENTS.name())
            .requestMatchers(HttpMethod.POST, "/leavers/children/*/accommodation", "/leavers/children/*/accommodation/end")
                .hasAuthority(Permission.MANAGE_ENTITLEMENTS.name())
            .requestMatchers("/leavers/children/*/pathway-plan").hasAuthority(Permission.MANAGE_ENTITLEMENTS.name());
    }

    /** The Virtual School and the child's health (issue 12). */
    private static void educationAndHealth(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a
            // education (issue 12): case workers within their scope, the Virtual School for every child
            // the quality of a child's PEP is rated by the Virtual School only
            .requestMatchers("/education/children/*/pep-quality/*").hasAuthority(Permission.MANAGE_EDUCATION.name())
            .requestMatchers(HttpMethod.GET, "/education/children/*", "/education/children/*/*/*")
                .hasAnyAuthority(Permission.VIEW_CHILD_RECORDS.name(), Permission.MANAGE_EDUCATION.name())
            .requestMatchers(HttpMethod.POST, "/education/children/*/*/*")
                .hasAnyAuthority(Permission.RECORD_EVENTS.name(), Permission.MANAGE_EDUCATION.name())
            .requestMatchers(HttpMethod.GET, "/virtual-school", "/virtual-school.csv", "/virtual-school/figures",
                    "/virtual-school/figures/*", "/virtual-school/figures/*.csv")
                .hasAuthority(Permission.MANAGE_EDUCATION.name())
            .requestMatchers("/virtual-school/pupil-premium", "/virtual-school/pupil-premium.csv",
                    "/virtual-school/pupil-premium/years.csv", "/virtual-school/pupil-premium/children/*",
                    "/virtual-school/pupil-premium/children/*/payments/*",
                    "/virtual-school/pupil-premium/children/*/payments/*/withdraw",
                    "/virtual-school/previously-looked-after", "/virtual-school/previously-looked-after.csv",
                    "/virtual-school/previously-looked-after/*")
                .hasAuthority(Permission.MANAGE_EDUCATION.name())
            .requestMatchers(HttpMethod.GET, "/reports/virtual-school", "/reports/virtual-school.pdf")
                .hasAnyAuthority(Permission.MANAGE_EDUCATION.name(), Permission.VIEW_AGGREGATE_FIGURES.name())
            .requestMatchers("/reports/virtual-school/narrative").hasAuthority(Permission.MANAGE_EDUCATION.name())
            .requestMatchers(HttpMethod.GET, "/health", "/health.csv", "/health/waits", "/health/waits.csv", "/health/figures/*",
                    "/health/figures/*.csv")
                .hasAuthority(Permission.MANAGE_HEALTH.name())
            // health (issue 12): the nurse for every child, case workers within their scope; only the nurse checks
            // a health summary
            .requestMatchers(HttpMethod.GET, "/health/children/*", "/health/children/*/summary")
                .hasAnyAuthority(Permission.VIEW_CHILD_RECORDS.name(), Permission.MANAGE_HEALTH.name())
            .requestMatchers(HttpMethod.POST, "/health/children/*/summary/checked")
                .hasAuthority(Permission.MANAGE_HEALTH.name())
            .requestMatchers(HttpMethod.POST, "/health/children/*/registrations", "/health/children/*/referrals",
                    "/health/children/*/referrals/*", "/health/children/*/summary")
                .hasAnyAuthority(Permission.RECORD_EVENTS.name(), Permission.MANAGE_HEALTH.name());
    }

    /** The voice of children and young people: participation groups, the ledger, consultations, awards (issue 14). */
    private static void participation(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a
            // the board sees the ledger without children's names; the page decides which it shows
            .requestMatchers(HttpMethod.GET, "/voice/you-said-we-did", "/voice/you-said-we-did.csv").hasAnyAuthority(
                    Permission.MANAGE_PARTICIPATION.name(), Permission.BOARD_BUSINESS.name())
            .requestMatchers("/voice/you-said-we-did/new").hasAuthority(Permission.MANAGE_PARTICIPATION.name())
            // an item's owner answers it from their worklist; the page refuses anyone else without the permission
            .requestMatchers("/voice/you-said-we-did/*").hasAnyAuthority(Permission.MANAGE_PARTICIPATION.name(),
                    Permission.RECORD_EVENTS.name())
            // the long lists' downloads name young people: the participation officer's only
            .requestMatchers(HttpMethod.GET, "/voice/awards.csv", "/voice/groups/*/sessions.csv",
                    "/voice/groups/*/members.csv").hasAuthority(Permission.MANAGE_PARTICIPATION.name())
            .requestMatchers("/voice", "/voice/**").hasAuthority(Permission.MANAGE_PARTICIPATION.name());
    }

    /** My Promise (issue 14): a young person's own pages, joining from an invitation, and the staff side. */
    private static void youngPeople(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a
            .requestMatchers("/me/join").permitAll()
            .requestMatchers(HttpMethod.GET, "/me/who-viewed.csv").hasAuthority(Permission.OWN_PAGES.name())
            .requestMatchers("/me", "/me/**").hasAuthority(Permission.OWN_PAGES.name())
            .requestMatchers("/children/*/my-promise").hasAuthority(Permission.RECORD_EVENTS.name())
            .requestMatchers(HttpMethod.GET, "/my-promise/messages/*", "/my-promise/views/*")
                .hasAuthority(Permission.VIEW_CHILD_RECORDS.name())
            .requestMatchers(HttpMethod.POST, "/my-promise/messages/*", "/my-promise/views/*")
                .hasAuthority(Permission.RECORD_EVENTS.name());
    }

    /** Requests for records (subject access requests): the records team, who may see every child's record. */
    private static void recordsRequests(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a
            .requestMatchers("/records-requests", "/records-requests.csv", "/records-requests/new", "/records-requests/*",
                    "/records-requests/*/withheld", "/records-requests/*/disclosure.pdf")
                .hasAuthority(Permission.MANAGE_RECORDS_REQUESTS.name());
    }

    /** What was written to the child and their wishes and feelings, on the record; the chronology as written to them. */
    private static void writtenToTheChild(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a
            .requestMatchers(HttpMethod.GET, "/children/*/written-to-you", "/children/*/chronology/as-written",
                    "/children/*/chronology/as-written.csv")
                .hasAuthority(Permission.VIEW_CHILD_RECORDS.name());
    }
}
