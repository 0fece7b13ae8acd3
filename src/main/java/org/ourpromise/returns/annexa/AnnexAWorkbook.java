package org.ourpromise.returns.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ourpromise.returns.AnnexAList;
import org.ourpromise.returns.AnnexARow;

/**
 * Annex A as an xlsx workbook with fastexcel: one worksheet per list, a bold header row, dates as real
 * Excel dates shown dd/mm/yyyy, counts and ages as numbers, the rest as text.
 */
public final class AnnexAWorkbook {

    static final String DATE_FORMAT = "dd/mm/yyyy";

    private AnnexAWorkbook() {
    }

    /** Writes one sheet per list given, in order; the stream is finished as an xlsx but not closed. */
    public static void write(List<AnnexAList> lists, List<List<AnnexARow>> rows, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Promise", "1.0");
        for (int i = 0; i < lists.size(); i++) {
            sheet(workbook.newWorksheet(lists.get(i).sheetName()), lists.get(i), rows.get(i));
        }
        workbook.finish();
    }

    private static void sheet(Worksheet sheet, AnnexAList list, List<AnnexARow> rows) {
        var columns = list.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
            sheet.width(c, Math.min(40, Math.max(12, columns.get(c).length() * 0.9)));
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().wrapText(true).set();
        sheet.freezePane(1, 1);
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            if (row.list() != list) {
                throw new IllegalArgumentException("a " + row.list().sheetName() + " row among " + list.sheetName() + " rows");
            }
            var values = row.values();
            for (int c = 0; c < values.size(); c++) {
                var v = values.get(c);
                if (v instanceof LocalDate d) {
                    sheet.value(r + 1, c, d);
                } else if (v instanceof Integer n) {
                    sheet.value(r + 1, c, n);
                } else if (!((String) v).isEmpty()) {
                    sheet.value(r + 1, c, (String) v);
                }
            }
        }
        if (!rows.isEmpty()) {
            // Style whole date columns at once: a style per cell costs a lookup per cell at national scale.
            var first = rows.get(0).values();
            for (int c = 0; c < first.size(); c++) {
                if (isDateColumn(list, c)) {
                    sheet.range(1, c, rows.size(), c).style().format(DATE_FORMAT).set();
                }
            }
        }
    }

    /** The columns whose title speaks of a date (Annex A names every date column "Date ..." or "... Date"). */
    static boolean isDateColumn(AnnexAList list, int column) {
        var title = list.columns().get(column);
        return title.startsWith("Date") || title.contains(" Date");
    }
}
