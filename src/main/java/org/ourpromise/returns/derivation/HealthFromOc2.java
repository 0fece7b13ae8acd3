package org.ourpromise.returns.derivation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.HealthEvent.Kind;
import org.ourpromise.returns.Ssda903Row;

/**
 * The health facts an OC2 row states, as events of the record. The row does not say when anything
 * happened, so each event is dated 31 March of the collection year and marked as from the return.
 * A 0 for a "did it happen" flag (assessment, dental check, misuse, conviction, interventions) is the
 * absence of an event; the status flags (immunisations, development checks) keep their 0 or 1.
 */
final class HealthFromOc2 {

    private HealthFromOc2() {
    }

    static List<HealthEvent> events(Ssda903Row row, LocalDate end) {
        var events = new ArrayList<HealthEvent>();
        happened(events, row, "HEALTH_ASSESSMENT", Kind.HEALTH_ASSESSMENT, end);
        happened(events, row, "TEETH_CHECK", Kind.DENTAL_CHECK, end);
        happened(events, row, "SUBSTANCE_MISUSE", Kind.SUBSTANCE_MISUSE, end);
        happened(events, row, "INTERVENTION_RECEIVED", Kind.SUBSTANCE_INTERVENTION_RECEIVED, end);
        happened(events, row, "INTERVENTION_OFFERED", Kind.SUBSTANCE_INTERVENTION_REFUSED, end);
        happened(events, row, "CONVICTED", Kind.CONVICTION, end);
        status(events, row, "IMMUNISATIONS", Kind.IMMUNISATION_STATUS, end);
        status(events, row, "HEALTH_CHECK", Kind.DEVELOPMENT_CHECK_STATUS, end);
        valued(events, row, "SDQ_SCORE", Kind.SDQ_SCORE, end);
        valued(events, row, "SDQ_REASON", Kind.SDQ_NOT_COMPLETED, end);
        return events;
    }

    private static void happened(List<HealthEvent> events, Ssda903Row row, String column, Kind kind, LocalDate end) {
        if ("1".equals(row.get(column))) {
            events.add(new HealthEvent(kind, end, null, true));
        }
    }

    private static void status(List<HealthEvent> events, Ssda903Row row, String column, Kind kind, LocalDate end) {
        String v = row.get(column);
        if (v.equals("1") || v.equals("0")) {
            events.add(new HealthEvent(kind, end, v, true));
        }
    }

    private static void valued(List<HealthEvent> events, Ssda903Row row, String column, Kind kind, LocalDate end) {
        String v = row.get(column);
        if (!v.isEmpty()) {
            events.add(new HealthEvent(kind, end, v, true));
        }
    }
}
