package org.ourpromise.education;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A child's time on roll at a school: from the day they started to the day they left (open while they are
 * still there), the year group they joined in, and their special educational needs provision.
 */
public record SchoolPlacement(long id, String childId, String urn, LocalDate started, @Nullable LocalDate ended,
        String yearGroup, Sen sen, boolean assessmentInProgress, int version) {

    /** Special educational needs provision as the SEND Code of Practice names it. */
    public enum Sen {
        NONE("No special educational needs"),
        SEN_SUPPORT("SEN support"),
        EHCP("Education, health and care plan");

        private final String words;

        Sen(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** National curriculum year groups as the school census records them: nursery, Reception, Years 1 to 14. */
    public static final List<String> YEAR_GROUPS = List.of("N1", "N2", "R", "1", "2", "3", "4", "5", "6", "7", "8",
            "9", "10", "11", "12", "13", "14");

    public boolean isCurrentOn(LocalDate day) {
        return !started.isAfter(day) && (ended == null || ended.isAfter(day));
    }

    /** The year group on {@code day}: one higher for each 1 September passed since starting. */
    public String yearGroupOn(LocalDate day) {
        int i = YEAR_GROUPS.indexOf(yearGroup);
        int years = 0;
        for (var sept = LocalDate.of(started.getYear(), 9, 1); !sept.isAfter(day); sept = sept.plusYears(1)) {
            if (sept.isAfter(started)) {
                years++;
            }
        }
        return YEAR_GROUPS.get(Math.min(YEAR_GROUPS.size() - 1, i + years));
    }

    public static String yearGroupWords(String yearGroup) {
        return switch (yearGroup) {
            case "N1", "N2" -> "Nursery";
            case "R" -> "Reception";
            default -> "Year " + yearGroup;
        };
    }
}
