package org.ourpromise.iro;

import java.util.List;
import org.ourpromise.reports.AnnualReport;

/**
 * The IRO service's annual report (IRO Handbook 7.11) for a collection year, laid out as the seed council's:
 * each section its figures from the record, its charts with their text alternatives, its tables and the
 * service's narrative.
 */
public record IroReport(int year, String title, String period, List<Section> sections, List<String> notes) {

    public static final String TITLE = "Independent Reviewing Officer Service Annual Report";

    public IroReport {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    /** One section: {@code key} names its narrative. */
    public record Section(String key, int number, String title, List<Figure> figures, List<AnnualReport.Chart> charts,
            List<Table> tables, String narrative) {

        public Section {
            figures = List.copyOf(figures);
            charts = List.copyOf(charts);
            tables = List.copyOf(tables);
        }

        public Section withNarrative(String text) {
            return new Section(key, number, title, figures, charts, tables, text);
        }

        public boolean hasNarrative() {
            return !narrative.isBlank();
        }
    }

    /** A headline: what is counted, the value, and the counts behind it. */
    public record Figure(String label, String value, String counts) {
    }

    /** A table of rows under column headings. */
    public record Table(String caption, List<String> headings, List<List<String>> rows) {

        public Table {
            headings = List.copyOf(headings);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The sections in order, with their keys, as the narrative form lists them. */
    public static final List<String> SECTION_KEYS = List.of("profile", "timeliness", "participation", "alerts",
            "escalations", "permanence", "development");
}
