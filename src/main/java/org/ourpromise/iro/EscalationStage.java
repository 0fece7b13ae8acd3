package org.ourpromise.iro;

/**
 * The rungs of the dispute resolution ladder (IRO Handbook chapter 6, and the seed council's monthly meetings),
 * in order. Their names as the council uses them and their response times are {@link IroSettings}.
 */
public enum EscalationStage {
    INFORMAL(false),
    STAGE_1(true),
    STAGE_2(true),
    PRE_CHALLENGE(true),
    CHALLENGE(true);

    private final boolean formal;

    EscalationStage(boolean formal) {
        this.formal = formal;
    }

    /** Counts towards the formal process's total time (20 working days in the Handbook). */
    public boolean isFormal() {
        return formal;
    }
}
