package org.ourpromise.access;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Someone the council's identity provider signed in, with the Promise user they are: named by their Promise
 * username (so the sign-in is audited and throttled under it). Lives only until sign-in completes, when the
 * session's principal becomes the {@link PromiseUser} itself.
 */
final class PromiseOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final PromiseUser user;

    PromiseOidcUser(PromiseUser user, OidcUser signedIn) {
        super(user.getAuthorities(), signedIn.getIdToken(), signedIn.getUserInfo());
        this.user = user;
    }

    PromiseUser user() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PromiseOidcUser o && o.user.equals(user) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }
}
