package org.ourpromise.recordsrequests;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A request for a child's or care leaver's records as the register holds it, with its due day worked out from
 * its dates ({@link ResponseDeadline}).
 *
 * @param childName     the name of the child or young person whose record is asked for
 * @param adopted       whether that record is an adopted person's (disclosed by another route, not here)
 * @param extensionMonths 0, 1 or 2 months added to the first month
 */
public record RecordsRequest(long id, String childId, String childName, boolean adopted, String requesterName,
        RequesterKind requesterKind, String askedFor, LocalDate received, boolean identityAsked,
        @Nullable LocalDate identityChecked, int extensionMonths, @Nullable String extensionReason,
        @Nullable LocalDate extensionTold, @Nullable LocalDate sent, int version, String recordedBy,
        LocalDateTime updatedAt) {

    /** Who is asking: the person the record is about, or someone else (then third parties matter more). */
    public enum RequesterKind {
        YOUNG_PERSON("The child or young person"),
        ADULT_WHO_WAS_IN_CARE("An adult who was in care"),
        PARENT("A parent or someone with parental responsibility"),
        REPRESENTATIVE("Someone acting for them (a solicitor or advocate)");

        private final String words;

        RequesterKind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The register's reference for the request. */
    public String reference() {
        return "RR-" + id;
    }

    public @Nullable LocalDate clockStarts() {
        return ResponseDeadline.clockStarts(received, identityAsked, identityChecked);
    }

    /** The day the response is due; null while the clock waits for proof of identity. */
    public @Nullable LocalDate due() {
        var start = clockStarts();
        return start == null ? null : ResponseDeadline.due(start, extensionMonths);
    }

    public boolean open() {
        return sent == null;
    }

    public boolean overdue(LocalDate today) {
        var due = due();
        return open() && due != null && due.isBefore(today);
    }

    /** Where the request is, in words. */
    public String status(LocalDate today) {
        if (sent != null) {
            return "Sent";
        }
        if (identityAsked && identityChecked == null) {
            return "Waiting for proof of identity";
        }
        if (overdue(today)) {
            return "Overdue";
        }
        return extensionMonths > 0 ? "Extended" : "Open";
    }
}
