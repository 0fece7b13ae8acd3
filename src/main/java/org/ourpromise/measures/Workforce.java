package org.ourpromise.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;

/**
 * The council's staff as the workforce measures need them, built by the room that keeps the staff directory and
 * passed in as a plain value (the measures stay pure): who each worker is, the cases their role holds, whether they
 * are employed through an agency, their contracted hours as a share of full time, and when they were in post.
 */
public record Workforce(List<Worker> workers) {

    /**
     * One member of staff.
     *
     * @param caseRole the allocation their role holds (social worker, IRO, personal adviser); null for a manager
     * @param fte      contracted hours as a share of full time (0.5 for half time)
     * @param from     their first day in post
     * @param to       their last day in post; null while still in post
     */
    public record Worker(String workerId, String name, String team, Allocation.@Nullable Role caseRole,
            boolean agency, BigDecimal fte, LocalDate from, @Nullable LocalDate to) {

        /** In post on {@code day}: started on or before it, and their last day not before it. */
        public boolean inPostOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    public Workforce {
        workers = List.copyOf(workers);
    }
}
