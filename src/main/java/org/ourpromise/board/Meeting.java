package org.ourpromise.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A meeting of the board: its date and whether it met in person or online. */
public record Meeting(long id, LocalDate heldOn, Venue venue, int version) {

    public enum Venue {
        IN_PERSON("In person"), VIRTUAL("Virtual (online)");

        private final String label;

        Venue(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String title() {
        return heldOn.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
    }
}
