package org.ourpromise.iro;

import org.jspecify.annotations.Nullable;

/**
 * Which alerts a list shows; any part may be null (no filter). {@code addressedWorker} and {@code team} narrow to
 * what was sent to a worker or team; {@code raisedBy} to one IRO's alerts; {@code escalatedOnly} to those that
 * went up the ladder.
 */
public record AlertFilter(@Nullable String team, @Nullable String raisedBy, @Nullable Integer categoryId,
        @Nullable AlertKind kind, @Nullable EscalationStage stage, boolean openOnly, boolean escalatedOnly,
        @Nullable String addressedWorker, @Nullable String childId) {

    public static AlertFilter all() {
        return new AlertFilter(null, null, null, null, null, false, false, null, null);
    }

    public AlertFilter withTeam(@Nullable String t) {
        return new AlertFilter(t, raisedBy, categoryId, kind, stage, openOnly, escalatedOnly, addressedWorker, childId);
    }

    public AlertFilter withRaisedBy(@Nullable String r) {
        return new AlertFilter(team, r, categoryId, kind, stage, openOnly, escalatedOnly, addressedWorker, childId);
    }

    public AlertFilter withChild(@Nullable String c) {
        return new AlertFilter(team, raisedBy, categoryId, kind, stage, openOnly, escalatedOnly, addressedWorker, c);
    }

    public AlertFilter withAddressedWorker(@Nullable String w) {
        return new AlertFilter(team, raisedBy, categoryId, kind, stage, openOnly, escalatedOnly, w, childId);
    }
}
