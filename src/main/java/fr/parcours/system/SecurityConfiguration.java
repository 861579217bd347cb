package fr.parcours.system;

import fr.parcours.identity.AccountStateFilter;
import fr.parcours.identity.AccountStates;
import fr.parcours.identity.EngineAuthenticationFilter;
import fr.parcours.identity.FreshGroupsFilter;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: Camunda's REST API (HTTP Basic, stateless, 401 for strangers) and everything else
 * (form login with CSRF). Both authenticate against Camunda's identity service, and both leave the engine's
 * APIs read-only to everyone but administrators ({@link EngineApiGuard}).
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    /**
     * Scripts only from the app's own files (no inline script, no eval); inline styles stay allowed because
     * chart.js and bpmn-js set them on the elements they draw.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** Parcours needs none of the browser's powerful features. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";


    /**
     * Metrics for a Prometheus server, which authenticates with HTTP Basic as an administrator (README,
     * "Operations"); no session, no cookie. A separate management port (management.server.port) can keep it
     * off the public network too.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(under("/actuator/prometheus"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(Groups.authority(Groups.ADMINS)))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, Scopes scopes) throws Exception {
        return http
                .securityMatcher(under("/engine-rest/"))
                .authorizeHttpRequests(requests -> requests
                        // It checks any user's password outside the login throttle: nobody here needs it.
                        .requestMatchers(under("/engine-rest/identity/verify")).denyAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic auth sends no cookie, so there is no session for a forged request to ride on.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineApiGuard(scopes), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationChain(HttpSecurity http, IdentityService identityService, Scopes scopes,
                                         AccountStates accountStates) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        // Camunda's own login checks passwords outside the login throttle; the app's login serves its webapps.
                        .requestMatchers(cockpitLogin()).denyAll()
                        .requestMatchers("/login", "/error", "/webjars/**", "/vendor/**", "/css/**", "/js/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // Claiming is a change: a pure auditor must be refused, not redirected (issue 6).
                        .requestMatchers(HttpMethod.POST, "/tasks/**")
                        .hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS), Groups.authority(Groups.CONSULTANTS),
                                Groups.authority(Groups.COORDINATORS), Groups.authority(Groups.FACILITATORS),
                                Groups.authority(Groups.ADMINS))
                        .requestMatchers("/missions/**")
                        .hasAnyAuthority(Groups.authority(Groups.CONSULTANTS), Groups.authority(Groups.DLA_OFFICERS),
                                Groups.authority(Groups.ADMINS))
                        // Case files (notes, documents): auditors read them, the roles that work cases write there,
                        // administrators alone redact a note; each case's own scope check does the rest (casefile).
                        .requestMatchers(HttpMethod.POST, "/case-files/*/*/notes/*/redaction")
                        .hasAuthority(Groups.authority(Groups.ADMINS))
                        .requestMatchers(HttpMethod.POST, "/case-files/**")
                        .hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS), Groups.authority(Groups.COORDINATORS),
                                Groups.authority(Groups.FACILITATORS), Groups.authority(Groups.ADMINS))
                        .requestMatchers("/case-files/**")
                        .hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS), Groups.authority(Groups.COORDINATORS),
                                Groups.authority(Groups.FACILITATORS), Groups.authority(Groups.AUDITORS),
                                Groups.authority(Groups.ADMINS))
                        .requestMatchers("/audit/**").hasAnyAuthority(Groups.authority(Groups.AUDITORS), Groups.authority(Groups.ADMINS))
                        // The consultant firm chosen for a collective holds its sessions and sees them (issue 4).
                        .requestMatchers("/collective/firm/**")
                        .hasAnyAuthority(Groups.authority(Groups.CONSULTANTS))
                        .requestMatchers("/collective/tasks/*/session")
                        .hasAnyAuthority(Groups.authority(Groups.COORDINATORS), Groups.authority(Groups.CONSULTANTS),
                                Groups.authority(Groups.ADMINS))
                        .requestMatchers("/collective/**")
                        .hasAnyAuthority(Groups.authority(Groups.COORDINATORS), Groups.authority(Groups.ADMINS))
                        // Ingénierie budgets (issue 15): read in scope by auditors too, changed only by those who run them.
                        .requestMatchers(HttpMethod.POST, "/budget/**")
                        .hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS), Groups.authority(Groups.COORDINATORS),
                                Groups.authority(Groups.ADMINS))
                        // The budget page's CSV: a read only, for the page's readers; the scope is the page's.
                        .requestMatchers(HttpMethod.GET, "/budget/export.csv")
                        .hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS), Groups.authority(Groups.COORDINATORS),
                                Groups.authority(Groups.AUDITORS), Groups.authority(Groups.ADMINS))
                        .requestMatchers("/budget/collectives/**")
                        .hasAnyAuthority(Groups.authority(Groups.COORDINATORS), Groups.authority(Groups.AUDITORS),
                                Groups.authority(Groups.ADMINS))
                        .requestMatchers("/budget/**")
                        .hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS), Groups.authority(Groups.COORDINATORS),
                                Groups.authority(Groups.AUDITORS), Groups.authority(Groups.ADMINS))
                        .requestMatchers(HttpMethod.POST, "/adultes-relais/**")
                        .hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS), Groups.authority(Groups.COORDINATORS),
                                Groups.authority(Groups.ADMINS))
                        .requestMatchers("/adultes-relais/**")
                        .hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS), Groups.authority(Groups.COORDINATORS),
                                Groups.authority(Groups.AUDITORS), Groups.authority(Groups.ADMINS))
                        .requestMatchers("/councils/**").hasAnyAuthority(Groups.authority(Groups.FACILITATORS),
                                Groups.authority(Groups.COORDINATORS), Groups.authority(Groups.ADMINS))
                        .requestMatchers("/admin", "/admin/**").hasAuthority(Groups.authority(Groups.ADMINS))
                        // Those who hold tasks set their own notification preferences (auditors hold none and write
                        // nothing); late tasks are escalated to those who run cases.
                        .requestMatchers("/profile/notifications")
                        .hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS), Groups.authority(Groups.CONSULTANTS),
                                Groups.authority(Groups.COORDINATORS), Groups.authority(Groups.FACILITATORS),
                                Groups.authority(Groups.ADMINS))
                        .requestMatchers("/overdue-tasks").hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS),
                                Groups.authority(Groups.COORDINATORS), Groups.authority(Groups.ADMINS))
                        // Everyone's own page: their role, scope and password.
                        .requestMatchers("/profile", "/profile/**").authenticated()
                        .requestMatchers("/dla/**")
                        .hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS), Groups.authority(Groups.ADMINS))
                        // The annual activity report: operators, regions and those who audit them (issue 15).
                        .requestMatchers("/reports/**")
                        .hasAnyAuthority(Groups.authority(Groups.DLA_OFFICERS), Groups.authority(Groups.COORDINATORS),
                                Groups.authority(Groups.AUDITORS), Groups.authority(Groups.ADMINS))
                        .anyRequest().authenticated())
                // Every refusal (wrong password, unknown user, throttled, locked) gets the same answer.
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // Camunda's webapps protect their own API with their own CSRF token (CsrfPreventionFilter).
                .csrf(csrf -> csrf.ignoringRequestMatchers(under("/camunda/")))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // Camunda's webapps send their own policy (with a nonce for their scripts); two would intersect.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(under("/camunda/")),
                                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                // Role checks and engine calls see the groups as they are now, not as they were at login.
                .addFilterBefore(new FreshGroupsFilter(identityService), AuthorizationFilter.class)
                // A deactivated person is out at once; a temporary password is replaced before anything else.
                .addFilterBefore(new AccountStateFilter(accountStates), AuthorizationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                // The webapps' API is read-only for non-administrators, like the REST API.
                .addFilterAfter(new EngineApiGuard(scopes), AuthorizationFilter.class)
                .build();
    }

    /** Camunda's webapp login endpoint, {@code /camunda/api/admin/auth/user/{engine}/login/{app}}. */
    private static RequestMatcher cockpitLogin() {
        RequestMatcher auth = under("/camunda/api/admin/auth/user/");
        return request -> auth.matches(request) && request.getRequestURI().contains("/login/");
    }

    /**
     * Matches a path prefix on the raw request URI: Camunda's REST API and webapps are servlets of their
     * own, which Spring MVC's path matchers do not see.
     */
    private static RequestMatcher under(String prefix) {
        return request -> request.getRequestURI().startsWith(request.getContextPath() + prefix);
    }
}
