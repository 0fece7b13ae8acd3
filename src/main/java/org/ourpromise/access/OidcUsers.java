package org.ourpromise.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who someone signed in by the council's identity provider is in Promise (decision 0070): their role from their
 * groups ({@link GroupRoles}), their account by email (made at the first sign-in, with the worker id and team of
 * the member of staff with that email), refused when their account is deactivated or their groups give no role.
 */
@Component
@ConditionalOnProperty(prefix = "promise.oidc", name = "issuer-uri")
class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final Accounts accounts;
    private final UserAccounts users;
    private final AuditLog audit;
    private final ObjectProvider<StaffByEmail> staff;
    private final GroupRoles roles;
    private final String emailClaim;
    private final String groupsClaim;

    OidcUsers(Accounts accounts, UserAccounts users, AuditLog audit, ObjectProvider<StaffByEmail> staff,
            Environment env) {
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.staff = staff;
        this.roles = GroupRoles.of(Binder.get(env).bind("promise.oidc.roles",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
        this.emailClaim = env.getProperty("promise.oidc.email-claim", "email");
        this.groupsClaim = env.getProperty("promise.oidc.groups-claim", "groups");
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        return new PromiseOidcUser(promiseUser(signedIn.getClaims()), signedIn);
    }

    /** The Promise user these claims are, or a refusal (audited) saying why there is none. */
    PromiseUser promiseUser(Map<String, Object> claims) {
        String email = claims.get(emailClaim) instanceof String s && s.contains("@") ? s.strip() : null;
        if (email == null) {
            throw refuse(String.valueOf(claims.get("sub")), OidcRefusal.NO_EMAIL);
        }
        var account = accounts.findByEmail(email);
        if (account.isPresent() && !account.get().active()) {
            throw refuse(account.get().username(), OidcRefusal.DEACTIVATED);
        }
        var verdict = roles.roleFor(groups(claims.get(groupsClaim)));
        if (verdict.role().isEmpty()) {
            throw refuse(account.map(Accounts.Account::username).orElse(email), verdict.refusal());
        }
        Role role = verdict.role().get();
        String username;
        if (account.isPresent()) {
            username = account.get().username();
            if (account.get().role() != role) {
                accounts.changeRoleFromIdentityProvider(username, account.get().role(), role);
            }
        } else {
            username = firstSignIn(email, claims.get("name") instanceof String n && !n.isBlank() ? n : email, role);
        }
        return users.loadUserByUsername(username);
    }

    private String firstSignIn(String email, String name, Role role) {
        var directory = staff.getIfAvailable();
        var match = directory == null ? null : directory.find(email).orElse(null);
        if (match == null) {
            return accounts.createForIdentityProvider(email, name, role, null, null);
        }
        String team = users.teamIds().contains(match.team()) ? match.team() : null;
        return accounts.createForIdentityProvider(email, match.name(), role, team, match.workerId());
    }

    private static List<String> groups(@Nullable Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return claim instanceof String s ? List.of(s.split("[,\\s]+")) : List.of();
    }

    private OAuth2AuthenticationException refuse(String who, OidcRefusal why) {
        audit.recordAs(who.length() > 60 ? who.substring(0, 60) : who, AuditLog.Action.SIGN_IN_FAILED, null,
                "sign-in with the council's identity provider refused: " + why.code());
        return new OAuth2AuthenticationException(new OAuth2Error(why.code()), why.code());
    }
}
