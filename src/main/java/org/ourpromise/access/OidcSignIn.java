package org.ourpromise.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Sign-in with the council's identity provider over OpenID Connect (decision 0070): the authorization code flow
 * with PKCE, the provider found from its issuer's discovery document when first needed (so Promise starts, and
 * local passwords work, while the provider is unreachable). Present only when {@code promise.oidc.issuer-uri} is
 * set; otherwise sign-in is exactly the local one.
 */
@Component
@ConditionalOnProperty(prefix = "promise.oidc", name = "issuer-uri")
class OidcSignIn {

    /** The registration id: {@code /oauth2/authorization/council} starts, {@code /login/oauth2/code/council} ends. */
    static final String REGISTRATION = "council";

    private final OidcUsers users;
    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final List<String> scopes;
    private final String label;
    private volatile @Nullable ClientRegistration registration;

    OidcSignIn(OidcUsers users, @Value("${promise.oidc.issuer-uri}") String issuer,
            @Value("${promise.oidc.client-id}") String clientId,
            @Value("${promise.oidc.client-secret:}") String clientSecret,
            @Value("${promise.oidc.scopes:openid,profile,email}") List<String> scopes,
            @Value("${promise.oidc.button-label:Sign in with your council account}") String label) {
        this.users = users;
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scopes = scopes;
        this.label = label;
    }

    /** What the button on the sign-in page says. */
    String label() {
        return label;
    }

    void configure(HttpSecurity http) throws Exception {
        ClientRegistrationRepository registrations = id -> REGISTRATION.equals(id) ? registration() : null;
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(o -> o.loginPage("/login").clientRegistrationRepository(registrations)
                .authorizationEndpoint(a -> a.authorizationRequestResolver(resolver))
                .userInfoEndpoint(u -> u.oidcUserService(users))
                .successHandler(OidcSignIn::signedIn)
                .failureHandler(OidcSignIn::refused)
                // the provider unreachable when sign-in starts: the sign-in page says so, not a server error
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <F extends OAuth2AuthorizationRequestRedirectFilter> F postProcess(F filter) {
                        filter.setAuthenticationFailureHandler(OidcSignIn::refused);
                        return filter;
                    }
                }));
    }

    private ClientRegistration registration() {
        var known = registration;
        if (known == null) {
            var builder = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION)
                    .clientId(clientId).clientName(label).scope(scopes);
            if (clientSecret.isBlank()) {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
            } else {
                builder.clientSecret(clientSecret);
            }
            known = builder.build();
            registration = known;
        }
        return known;
    }

    /** Signed in: from now on the session holds the Promise user, as after a local sign-in. */
    private static void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        if (auth.getPrincipal() instanceof PromiseOidcUser signedIn) {
            var user = signedIn.user();
            var promise = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            promise.setDetails(auth.getDetails());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(promise);
            SecurityContextHolder.setContext(context);
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** Refused: back to the sign-in page, which says why and what to do. */
    private static void refused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        String code = e instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : "";
        var why = Arrays.stream(OidcRefusal.values()).filter(r -> r != OidcRefusal.NONE && r.code().equals(code))
                .findFirst().orElse(OidcRefusal.FAILED);
        response.sendRedirect(request.getContextPath() + "/login?refused=" + why.code());
    }
}
