package org.ourpromise.reports.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.reports.BoardPack;
import org.ourpromise.reports.SvgChart;

/**
 * The managers' dashboard for a collection year: the board's headline measures, for the council or for one
 * team's children, each with its description, comparators, target status and five-year trend.
 *
 * @param team the team whose children the figures are about; null for the whole council
 */
public record Dashboard(int year, @Nullable String team, String teamName, LocalDate asAt, List<Row> rows,
        boolean illustrative) {

    public record Row(BoardPack.Indicator indicator, String description) {

        /** The figure in a councillor's words; {@link #description} is how it is counted. */
        public String plain() {
            return org.ourpromise.measures.MeasureWords.plain(indicator.key(), description);
        }

        /** The trend as a sparkline; its text alternative gives every year's figure. */
        public String sparkline() {
            var trend = indicator.trend();
            return SvgChart.sparkline("Five-year trend of " + indicator.label(), trend.description(), trend.bars());
        }
    }

    /** The dashboard of the year's pack indicators, each with its catalogue description. */
    static Dashboard of(BoardPack pack, int year, @Nullable String team, String teamName, LocalDate asAt) {
        var catalogue = org.ourpromise.measures.MeasureCatalogue.forYear(year);
        var rows = pack.indicators().stream()
                .map(i -> new Row(i, catalogue.find(i.key()).orElseThrow().description())).toList();
        return new Dashboard(year, team, teamName, asAt, rows, pack.illustrative());
    }

    /** A team to choose from. */
    public record Team(String id, String name) {
    }

    public String yearLabel() {
        return (year - 1) + "-" + String.format("%02d", year % 100);
    }

    /** Where the comparators shown come from: each source with its table, once, in the order first shown. */
    public List<String> sources() {
        return rows.stream().flatMap(r -> r.indicator().comparators().stream())
                .map(b -> b.table().isEmpty() ? b.source() : b.source() + ": " + b.table()).distinct().toList();
    }
}
