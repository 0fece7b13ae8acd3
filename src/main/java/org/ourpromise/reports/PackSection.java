package org.ourpromise.reports;

import java.util.List;

/**
 * A section another room adds to the board pack (the "you said, we did" ledger, the open board actions): a heading,
 * a sentence, and a table of plain text. Aggregate or anonymous only: a board member reads every pack.
 */
public record PackSection(String id, String heading, String intro, List<String> columns, List<List<String>> rows,
        String empty) {

    public PackSection {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A room that puts a section in the board pack implements this as a bean; the pack shows them in order. */
    public interface Source {

        /** The section for the pack of {@code period}; the pack asks each time it is drawn. */
        PackSection sectionFor(BoardPeriod period);
    }
}
