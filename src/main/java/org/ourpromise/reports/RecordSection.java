package org.ourpromise.reports;

import java.util.List;

/**
 * The figures from the council's own record (the local measures) as a report shows them: each with its
 * description, value, counts, target status and trend over recent periods. Aggregate only: no child and no worker
 * is named, so board members may see all of it.
 *
 * @param heading what the section is called
 * @param basis   which period, as at which day, and how deadlines are counted, in plain words
 * @param figures in the order the board reads them
 * @param notes   what the figures do not cover, and the IRO service's weighted caseload
 */
public record RecordSection(String heading, String basis, List<Figure> figures, List<String> notes) {

    public RecordSection {
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    /** One figure: the indicator as the board pack shows one, and the measure's plain-English description. */
    public record Figure(BoardPack.Indicator indicator, String description) {

        /** The figure in a councillor's words; {@link #description} is how it is counted. */
        public String plain() {
            return org.ourpromise.measures.MeasureWords.plain(indicator.key(), description);
        }
    }
}
