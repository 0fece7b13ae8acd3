package org.ourpromise.board;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.PackSection;
import org.springframework.stereotype.Component;

/** The board pack's section of the board's own open actions, overdue ones said so in words. */
@Component
class ActionsPackSection implements PackSection.Source {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final BoardBook book;
    private final Clock clock;

    ActionsPackSection(BoardBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @Override
    public PackSection sectionFor(BoardPeriod period) {
        var today = LocalDate.now(clock);
        var open = book.actions().stream().filter(a -> !a.status().closed()).toList();
        long overdue = open.stream().filter(a -> a.overdueOn(today)).count();
        var rows = open.stream().map(a -> List.of(a.description(), a.owner(), a.dueOn().format(DAY),
                a.status().label() + (a.overdueOn(today) ? ", overdue" : ""),
                a.latestUpdate() == null ? "" : a.latestUpdate())).toList();
        return new PackSection("board-actions", "Open board actions", open.size() + (open.size() == 1 ? " action is"
                : " actions are") + " open today, " + overdue + " overdue.", List.of("Action", "Owner", "Due",
                "Where it stands", "Latest update"), rows, "The board has no open actions.");
    }
}
