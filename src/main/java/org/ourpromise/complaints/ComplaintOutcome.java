package org.ourpromise.complaints;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a complaint ended: the outcome of each stage it reached, its themes (the council's list), what the council
 * learned and did, and whether the Ombudsman looked at it and what it found.
 */
public record ComplaintOutcome(String reference, @Nullable Finding stage1, @Nullable Finding stage2,
        @Nullable Finding stage3, List<Long> themes, @Nullable String learning, @Nullable String actionTaken,
        @Nullable LocalDate ombudsmanReferred, @Nullable OmbudsmanFinding ombudsmanFinding, int version) {

    public ComplaintOutcome {
        themes = List.copyOf(themes);
    }

    public static ComplaintOutcome none(String reference) {
        return new ComplaintOutcome(reference, null, null, null, List.of(), null, null, null, null, 0);
    }

    /** The outcome of a stage. */
    public enum Finding {
        UPHELD("Upheld"),
        PARTLY_UPHELD("Partly upheld"),
        NOT_UPHELD("Not upheld"),
        WITHDRAWN("Withdrawn");

        private final String words;

        Finding(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** What the Local Government and Social Care Ombudsman decided. */
    public enum OmbudsmanFinding {
        NOT_YET_DECIDED("Not decided yet"),
        NOT_INVESTIGATED("Not investigated"),
        NO_FAULT("No fault found"),
        FAULT_NO_INJUSTICE("Fault, without injustice"),
        FAULT_AND_INJUSTICE("Fault causing injustice");

        private final String words;

        OmbudsmanFinding(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The outcome at the last stage decided: what the complaint came to. */
    public @Nullable Finding last() {
        return stage3 != null ? stage3 : stage2 != null ? stage2 : stage1;
    }
}
