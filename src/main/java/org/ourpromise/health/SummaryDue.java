package org.ourpromise.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.timescales.Birthdays;

/**
 * A young person looked after whose health summary is due before their 18th birthday and not yet given: the
 * nurse's item. It opens six months before the 18th birthday and is due by the day before it (someone born on
 * 29 February turns 18 on 1 March in a year without one, so theirs is due by 28 February); it closes when the
 * summary is given, and a young person who is no longer looked after has none. See
 * docs/decisions/0195-health-summary-due-before-18.md.
 *
 * @param stage what the nurse does next, in words
 */
public record SummaryDue(String childId, String name, LocalDate opensOn, LocalDate dueBy, String stage,
        boolean overdue) {

    /** Months before the 18th birthday the item opens. */
    static final int OPENS_MONTHS_BEFORE = 6;

    /** The day before the 18th birthday: the summary is due by then. */
    static LocalDate dueBy(LocalDate dateOfBirth) {
        return Birthdays.nth(dateOfBirth, 18).minusDays(1);
    }

    static LocalDate opensOn(LocalDate dateOfBirth) {
        return Birthdays.nth(dateOfBirth, 18).minusMonths(OPENS_MONTHS_BEFORE);
    }

    /**
     * Pure: the item of a young person on {@code today}, if there is one: looked after today, the item open and no
     * summary given. {@code summaries}: theirs, oldest first.
     */
    static Optional<SummaryDue> of(String childId, String name, LocalDate dateOfBirth, boolean lookedAfterToday,
            List<HealthServices.Summary> summaries, LocalDate today) {
        if (!lookedAfterToday || today.isBefore(opensOn(dateOfBirth))
                || summaries.stream().anyMatch(s -> s.givenOn() != null && !s.givenOn().isAfter(today))) {
            return Optional.empty();
        }
        var by = dueBy(dateOfBirth);
        var latest = summaries.isEmpty() ? null : summaries.get(summaries.size() - 1);
        return Optional.of(new SummaryDue(childId, name, opensOn(dateOfBirth), by, stage(latest), by.isBefore(today)));
    }

    private static String stage(HealthServices.@Nullable Summary s) {
        return s == null ? "To make from the record" : s.checkedOn() == null ? "To check"
                : "To give to the young person";
    }
}
