package org.ourpromise.caseload;

import java.util.List;

/**
 * A table as CSV (RFC 4180, CRLF); text a spreadsheet would read as a formula (starting = + - @) gets an
 * apostrophe first, so a downloaded caseload cannot run anything when opened.
 */
final class CaseloadCsv {

    private CaseloadCsv() {
    }

    static String table(List<String> header, List<List<String>> rows) {
        var out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(c)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
