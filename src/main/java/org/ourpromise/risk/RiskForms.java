package org.ourpromise.risk;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/**
 * Reads the youth justice form (an order, remand or custody, from and to, with the youth offending service worker)
 * and the register's form for another council's child placed here. Ends come on or after starts; nothing is in the
 * future; a period of youth justice does not start before the child was born.
 */
final class RiskForms {

    record YouthJusticeResult(@Nullable YouthJustice record, Map<String, String> errors) {
    }

    record PlacedHereResult(@Nullable PlacedHere placement, Map<String, String> errors) {
    }

    private RiskForms() {
    }

    static YouthJusticeResult youthJustice(Map<String, String> params, String childId, LocalDate born, LocalDate today) {
        var in = new FormInput(params);
        var kind = in.choice("yjKind", EnumSet.allOf(YouthJustice.Kind.class), "Select a court order, remand or custody");
        var description = in.text("yjDescription", "order or where the child was held", 200, true);
        var worker = in.text("yosWorker", "youth offending service worker", 100, false);
        var started = in.date("yjStarted", "date it started", true, today);
        var ended = in.date("yjEnded", "date it ended", false, today);
        if (started != null && started.isBefore(born)) {
            in.error("yjStarted", "The date it started must be on or after the child's date of birth");
        }
        if (started != null && ended != null && ended.isBefore(started)) {
            in.error("yjEnded", "The date it ended must be on or after the date it started");
        }
        if (in.hasErrors()) {
            return new YouthJusticeResult(null, FormInput.inOrder(in.errors(),
                    List.of("yjKind", "yjDescription", "yosWorker", "yjStarted", "yjEnded")));
        }
        return new YouthJusticeResult(new YouthJustice(0, childId, worker, kind, description, started, ended, 0),
                Map.of());
    }

    /** The end of a youth justice record read at {@code version}: on or after its start, not in the future. */
    static YouthJusticeResult ending(Map<String, String> params, YouthJustice now, LocalDate today) {
        var in = new FormInput(params);
        String field = "ended-" + now.id();
        var ended = in.date(field, "date it ended", true, today);
        if (ended != null && ended.isBefore(now.started())) {
            in.error(field, "The date it ended must be on or after the date it started ("
                    + now.started().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                    + ")");
        }
        if (in.hasErrors()) {
            return new YouthJusticeResult(null, in.errors());
        }
        return new YouthJusticeResult(new YouthJustice(now.id(), now.childId(), now.yosWorker(), now.kind(),
                now.description(), now.started(), ended, in.version()), Map.of());
    }

    static PlacedHereResult placedHere(Map<String, String> params, @Nullable PlacedHere existing, LocalDate today) {
        var in = new FormInput(params);
        var reference = in.text("reference", "home council's reference for the child", 40, true);
        var council = in.text("homeCouncil", "home council", 100, true);
        var placement = in.text("placement", "placement", 200, true);
        var placed = in.date("placedOn", "date the child was placed here", true, today);
        // the home council should tell us before the placement where it can (Care Planning Regulations, reg 13)
        var notified = in.date("notifiedOn", "date we were told", false, today);
        var ended = in.date("endedOn", "date the placement ended", false, today);
        if (placed != null && ended != null && ended.isBefore(placed)) {
            in.error("endedOn", "The date the placement ended must be on or after the date the child was placed here");
        }
        if (in.hasErrors()) {
            return new PlacedHereResult(null, FormInput.inOrder(in.errors(),
                    List.of("reference", "homeCouncil", "placement", "placedOn", "notifiedOn", "endedOn")));
        }
        return new PlacedHereResult(new PlacedHere(existing == null ? 0 : existing.id(), reference, council, placement,
                placed, notified, ended, existing == null ? 0 : in.version()), Map.of());
    }
}
