package org.ourpromise.access;

import java.util.Optional;

/**
 * The staff directory as sign-in needs it: the member of staff with an email address, so that someone signing in
 * with the council's identity provider for the first time gets their worker id and team (implemented by the
 * {@code staff} module, which depends on this one).
 */
public interface StaffByEmail {

    /** A member of staff: the worker id allocations use, their name and their team. */
    record StaffMatch(String workerId, String name, String team) {
    }

    /** The member of staff whose email is this one, ignoring case. */
    Optional<StaffMatch> find(String email);
}
