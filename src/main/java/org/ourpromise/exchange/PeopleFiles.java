package org.ourpromise.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reading the companion files of {@code import-people} (docs/import-people.md): CSV with a header row, fields
 * optionally in double quotes (a quote inside doubled), UTF-8. Each row keeps its file and line for the messages.
 */
final class PeopleFiles {

    /** One data row: its file, its line number (the header is line 1) and its values by upper-case column name. */
    record Row(String file, int line, Map<String, String> values) {

        String get(String column) {
            var v = values.get(column);
            return v == null ? "" : v.strip();
        }

        String where(String column) {
            return file + " line " + line + ", " + column;
        }
    }

    private PeopleFiles() {
    }

    /** The file's rows, or null when it is not there; missing columns are problems. */
    static @Nullable List<Row> read(Path dir, String file, List<String> columns, List<String> problems)
            throws IOException {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            return null;
        }
        var lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            problems.add(file + ": the file is empty; it needs a header row: " + String.join(",", columns));
            return List.of();
        }
        var header = split(lines.get(0).replace("\uFEFF", "")).stream().map(h -> h.strip().toUpperCase(Locale.ROOT))
                .toList();
        for (var c : columns) {
            if (!header.contains(c)) {
                problems.add(file + ": the header has no column " + c + " (it needs " + String.join(",", columns) + ")");
            }
        }
        var rows = new ArrayList<Row>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            var fields = split(lines.get(i));
            var values = new LinkedHashMap<String, String>();
            for (int c = 0; c < header.size() && c < fields.size(); c++) {
                values.put(header.get(c), fields.get(c));
            }
            rows.add(new Row(file, i + 1, values));
        }
        return rows;
    }

    /** One CSV line's fields: commas separate, double quotes enclose, a doubled quote is a quote. */
    static List<String> split(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
