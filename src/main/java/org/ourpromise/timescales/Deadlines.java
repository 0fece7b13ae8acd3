package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the due items of one child at one as-at date, and runs deadline chains: the first
 * deadline counts from a trigger, each later one from whatever met the one before (the review chain
 * and visit schedule algorithms of DOMAIN.md §3.2 are both of this shape). Evidence after the as-at
 * date is never seen.
 */
final class Deadlines {

    /** The rule and due date of one link of a chain. */
    record Step(DeadlineRule rule, LocalDate due) {
    }

    /** The next link after {@code done} links have been met, the last on {@code last}; null ends the chain. */
    @FunctionalInterface
    interface Next {
        @Nullable Step after(int done, LocalDate last);
    }

    /**
     * Which evidence counts: dated from {@code from} to {@code until} (inclusive; null = no limit but
     * the as-at date). A link not met is owed only if due before {@code owedBefore} (null = the chain
     * is still open): a placement that ended before its next visit was due owes nothing more.
     */
    record Window(LocalDate from, @Nullable LocalDate until, @Nullable LocalDate owedBefore) {

        static Window open(LocalDate from) {
            return new Window(from, null, null);
        }

        /** Evidence up to and including {@code end}, owed while due before it; {@code end} null = still open. */
        static Window closing(LocalDate from, @Nullable LocalDate end) {
            return new Window(from, end, end);
        }
    }

    final String childId;
    final LocalDate asAt;
    final TimescaleSettings settings;
    final WorkingDayCalendar calendar;
    private final List<DueItem> items = new ArrayList<>();

    Deadlines(String childId, LocalDate asAt, TimescaleSettings settings, WorkingDayCalendar calendar) {
        this.childId = childId;
        this.asAt = asAt;
        this.settings = settings;
        this.calendar = calendar;
    }

    LocalDate workingDays(LocalDate from, int n) {
        return calendar.addWorkingDays(from, n);
    }

    /** A single deadline from a trigger, met by the first evidence in the window. */
    void once(String trigger, LocalDate triggeredOn, Step step, List<Evidence> evidence, Window window) {
        chain(trigger, triggeredOn, step, evidence, window, (done, last) -> null);
    }

    /** A single deadline met by one optional dated fact (a decision sent out, a response). */
    void once(String trigger, LocalDate triggeredOn, Step step, @Nullable LocalDate metOn, String metBy) {
        once(trigger, triggeredOn, step, metOn == null ? List.of() : List.of(new Evidence(metOn, metBy)),
                Window.open(triggeredOn));
    }

    /**
     * Runs a chain: evidence is taken in date order, each piece meeting one link; the chain ends at
     * the first link not met (shown as due or overdue if owed) or when {@code next} returns null.
     */
    void chain(String trigger, LocalDate triggeredOn, Step first, List<Evidence> evidence, Window window, Next next) {
        if (triggeredOn.isAfter(asAt)) {
            return;
        }
        var limit = window.until() == null || window.until().isAfter(asAt) ? asAt : window.until();
        int i = 0;
        while (i < evidence.size() && evidence.get(i).date().isBefore(window.from())) {
            i++;
        }
        var step = first;
        var by = trigger;
        var on = triggeredOn;
        int done = 0;
        while (step != null) {
            var met = i < evidence.size() && !evidence.get(i).date().isAfter(limit) ? evidence.get(i++) : null;
            if (met == null) {
                if (window.owedBefore() == null || step.due().isBefore(window.owedBefore())) {
                    add(step, null, null, by, on);
                }
                return;
            }
            add(step, met.date(), met.description(), by, on);
            done++;
            by = met.description();
            on = met.date();
            step = next.after(done, met.date());
        }
    }

    private void add(Step step, @Nullable LocalDate metOn, @Nullable String metBy, String by, LocalDate on) {
        items.add(new DueItem(step.rule(), childId, step.due(), DueStatus.of(step.due(), metOn, asAt), metOn, metBy,
                by, on));
    }

    List<DueItem> items() {
        return items;
    }
}
