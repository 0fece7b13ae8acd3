package org.ourpromise.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A downloaded list as CSV (RFC 4180, CRLF line ends). Text a spreadsheet would read as a formula (starting with
 * = + - or @) is prefixed with an apostrophe, so a list opened in a spreadsheet cannot run anything.
 */
public final class CsvTable {

    private CsvTable() {
    }

    /** A header row and the rows, each cell made safe by {@link #cell}. */
    public static String of(List<String> header, List<List<String>> rows) {
        var out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    /** The list as a download: {@code file}.csv, UTF-8, the header row and the rows made safe. */
    public static ResponseEntity<byte[]> download(String file, List<String> header, List<List<String>> rows) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(of(header, rows).getBytes(StandardCharsets.UTF_8));
    }

    /** One row, appended with its line end. */
    public static void line(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(c)));
        }
        out.append("\r\n");
    }

    public static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
