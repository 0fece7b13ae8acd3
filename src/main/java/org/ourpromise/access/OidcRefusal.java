package org.ourpromise.access;

/**
 * Why someone who signed in at the council's identity provider is not let into Promise; {@link #code()} goes in
 * the sign-in page's address ({@code /login?refused=no-role}) and the page says what to do.
 */
enum OidcRefusal {
    NONE("none"),
    /** None of their groups is mapped to a role. */
    NO_ROLE("no-role"),
    /** Their groups map to more than one role. */
    SEVERAL_ROLES("several-roles"),
    /** Their Promise account has been deactivated. */
    DEACTIVATED("deactivated"),
    /** The identity provider gave no email address to match them by. */
    NO_EMAIL("no-email"),
    /** Anything else: the provider refused, the state did not match, the provider could not be reached. */
    FAILED("failed");

    private final String code;

    OidcRefusal(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
