package org.ourpromise.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.reports.BoardPack;

/**
 * The managers' dashboard for a collection year: the board's headline measures, for the council or for one
 * team's children, each with its description, comparators and target status.
 *
 * @param team the team whose children the figures are about; null for the whole council
 */
public record Dashboard(int year, @Nullable String team, String teamName, LocalDate asAt, List<Row> rows,
        boolean illustrative) {

    public record Row(BoardPack.Indicator indicator, String description) {
    }

    /** A team to choose from. */
    public record Team(String id, String name) {
    }

    public String yearLabel() {
        return (year - 1) + "-" + String.format("%02d", year % 100);
    }
}
