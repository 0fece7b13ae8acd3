package org.ourpromise.iro;

import java.time.LocalDate;
import java.util.List;

/** Counts over a list of alerts, for the line above the table. */
public record AlertSummary(int total, int goodPractice, int concerns, int open, int responseOverdue, int escalated,
        int overFormalLimit) {

    public static AlertSummary of(List<QaAlert> alerts, LocalDate today) {
        int good = 0;
        int open = 0;
        int overdue = 0;
        int escalated = 0;
        int over = 0;
        for (var a : alerts) {
            good += a.kind() == AlertKind.GOOD_PRACTICE ? 1 : 0;
            open += a.isOpen() ? 1 : 0;
            overdue += a.isResponseOverdue(today) || a.currentStage().filter(s -> s.isOpen() && s.isOverdue(today)).isPresent()
                    ? 1 : 0;
            escalated += a.stages().isEmpty() ? 0 : 1;
            over += a.isOverFormalLimit() ? 1 : 0;
        }
        return new AlertSummary(alerts.size(), good, alerts.size() - good, open, overdue, escalated, over);
    }
}
