package org.ourpromise.access;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the sign-in page says, chosen from the parameter Spring Security (or Promise's own filters) put in the
 * address when it sent the person back there: a problem with what they typed (an error summary and the field's
 * own message) or a notice about their session (a notification banner). The text is fixed here, never taken
 * from the address.
 */
final class SignInMessages {

    /** A problem to fix, and the field it belongs to (the summary links to it; the field shows it). */
    record Problem(String text, String field) {
    }

    static final Problem WRONG_PASSWORD = new Problem("The username or password is not right. Check them and try"
            + " again", "password");
    static final Problem WAIT = new Problem("There have been several wrong passwords. Wait a minute before you try"
            + " again", "password");
    static final Problem LOCKED = new Problem("There have been too many wrong passwords, so signing in is stopped"
            + " for a while, even with the right password. Try again in 15 minutes, or ask an administrator to send"
            + " you a link to set a new password", "password");

    static final String SIGNED_OUT = "You have signed out.";
    static final String EXPIRED = "You have been signed out because you had not used Promise for a while. Sign in"
            + " again to carry on.";
    static final String DEACTIVATED = "Your account has been deactivated, so you have been signed out.";

    private SignInMessages() {
    }

    /** The problem with the last try, if the address says there was one (?error, ?wait or ?locked). */
    static @Nullable Problem problem(Map<String, String> params) {
        if (params.containsKey("locked")) {
            return LOCKED;
        }
        if (params.containsKey("wait")) {
            return WAIT;
        }
        return params.containsKey("error") ? WRONG_PASSWORD : null;
    }

    /** Why the person is on the sign-in page without having asked (?signedOut, ?expired or ?deactivated). */
    static @Nullable String notice(Map<String, String> params) {
        if (params.containsKey("deactivated")) {
            return DEACTIVATED;
        }
        if (params.containsKey("expired")) {
            return EXPIRED;
        }
        return params.containsKey("signedOut") ? SIGNED_OUT : null;
    }
}
