package org.ourpromise.demo;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.demo.simulation.CouncilSimulation;
import org.ourpromise.demo.simulation.ReturnScope;
import org.ourpromise.record.ChildRecord;

/**
 * A simulated English council's children in care and care leavers, deterministic for a seed: the
 * same inputs always give the same records, whatever the machine or the number of threads.
 */
public final class SyntheticCouncil {

    /** The demonstration council's size: the children looked after on the day it is drawn for. */
    public static final int DEMO_LOOKED_AFTER = 700;

    private SyntheticCouncil() {
    }

    /**
     * Records for the SSDA903 return of the collection year ending 31 March {@code year}: exactly
     * {@code children} children belong in that return ({@link #inReturn}), and with
     * {@code historyYears} &gt; 0 the records also hold the children who belong only to the returns
     * of the years before. Records are as known at 31 March {@code year}.
     */
    public static List<ChildRecord> generate(int children, long seed, int year, int historyYears) {
        if (children < 1 || historyYears < 0) {
            throw new IllegalArgumentException("children must be positive and history not negative");
        }
        return CouncilSimulation.forReturn(children, seed, year, historyYears);
    }

    /**
     * The demonstration council: about 700 children looked after at {@code asAt}, 300 care leavers,
     * and the children who left care in the five years before, each with their full history to
     * {@code asAt}.
     */
    public static List<ChildRecord> demoCouncil(long seed, LocalDate asAt) {
        return CouncilSimulation.demo(seed, asAt, DEMO_LOOKED_AFTER, 300);
    }

    /** Whether the record belongs in the return of the year (the scope {@link #generate} counts). */
    public static boolean inReturn(ChildRecord record, int year) {
        return ReturnScope.includes(record, year);
    }
}
