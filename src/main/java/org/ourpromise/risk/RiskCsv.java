package org.ourpromise.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * A list as CSV (RFC 4180, CRLF). Text a spreadsheet would read as a formula (starting = + - @) is prefixed
 * with an apostrophe, so a downloaded list cannot run anything when opened.
 */
final class RiskCsv {

    private RiskCsv() {
    }

    static void line(StringBuilder out, List<String> cells) {
        var safe = new ArrayList<String>(cells.size());
        cells.forEach(c -> safe.add(cell(c)));
        out.append(String.join(",", safe)).append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
