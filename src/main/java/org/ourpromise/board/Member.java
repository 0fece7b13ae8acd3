package org.ourpromise.board;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member of the board for a term (the municipal year, or longer for partners). */
public record Member(long id, String name, Role role, String organisation, LocalDate termStart,
        @Nullable LocalDate termEnd, int version) {

    /** The member's place on the board, as the terms of reference name them. */
    public enum Role {
        CHAIR("Chair"), DEPUTY("Deputy chair"), COUNCILLOR("Councillor"), PARTNER("Partner"),
        YOUNG_PEOPLE("Young people's representative"), CHAMPION("Champion");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean servingOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day));
    }
}
