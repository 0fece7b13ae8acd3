package org.ourpromise.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A personal education plan: the meeting (its date on the record), what the plan says once written up, and the
 * Virtual School's rating of its quality once rated.
 */
public record Pep(long id, String childId, LocalDate held, @Nullable Content content, @Nullable Quality quality) {

    /** What the plan says. {@code version} 0 with no row stored yet. */
    public record Content(String targets, @Nullable String childViews, String designatedTeacher,
            @Nullable BigDecimal pupilPremiumPlus, @Nullable String pupilPremiumPlusFor, int version) {

        public String amountWords() {
            return pupilPremiumPlus == null ? "" : "£" + pupilPremiumPlus.setScale(2).toPlainString()
                    .replaceAll("\\.00$", "");
        }
    }

    /** The Virtual School's rating, and what the school must put right by when. */
    public record Quality(Rating rating, @Nullable String remedialAction, @Nullable LocalDate remedialBy,
            LocalDate ratedOn, String ratedBy, int version) {
    }

    /** The quality ratings the Virtual School gives. */
    public enum Rating {
        GOOD("Good"),
        REQUIRES_IMPROVEMENT("Requires improvement"),
        INADEQUATE("Inadequate");

        private final String words;

        Rating(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** Anything short of good asks the school for remedial action. */
        public boolean needsAction() {
            return this != GOOD;
        }
    }
}
