package org.ourpromise.returns;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a reference CSV a council supplies (the Ofsted provider list, the postcode directory): a
 * header row naming the columns in any order and case, one problem per line for everything wrong,
 * nothing returned unless the whole file is good.
 */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** One data row: its cells by documented column name ("" when absent), and a place to put problems. */
    static final class Row {
        private final List<String> fields;
        private final Map<String, Integer> columns;
        private final String source;
        private final int number;
        private final List<String> problems;

        private Row(List<String> fields, Map<String, Integer> columns, String source, int number, List<String> problems) {
            this.fields = fields;
            this.columns = columns;
            this.source = source;
            this.number = number;
            this.problems = problems;
        }

        String field(String column) {
            Integer i = columns.get(column);
            return i == null || i >= fields.size() ? "" : fields.get(i).strip();
        }

        void problem(String what) {
            problems.add(source + ": row " + number + ": " + what);
        }
    }

    /**
     * Reads every data row of {@code in} into {@code each}.
     *
     * @param what     what the file is, for messages ("provider list")
     * @param columns  each documented column with the header names accepted for it
     * @param required the column without which the file is refused
     * @param listed   the accepted columns as a message shows them
     */
    static void read(Reader in, String source, String what, Map<String, List<String>> columns, String required,
            String listed, Consumer<Row> each) throws Ssda903ReadException {
        var problems = new ArrayList<String>();
        try (var reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(in)) {
            Map<String, Integer> header = null;
            int number = 0;
            for (var rec : reader) {
                if (header == null) {
                    header = header(rec.getFields(), columns);
                    if (!header.containsKey(required)) {
                        problems.add(source + ": header has no " + required + " column (columns are " + listed + ")");
                        break;
                    }
                    continue;
                }
                number++;
                var fields = rec.getFields();
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                each.accept(new Row(fields, header, source, number, problems));
            }
            if (header == null) {
                problems.add(source + ": the " + what + " is empty (expected a header row with " + required + ")");
            }
        } catch (IOException | RuntimeException e) {
            problems.add(source + ": cannot read " + what + " (" + e.getMessage() + ")");
        }
        if (!problems.isEmpty()) {
            throw new Ssda903ReadException(problems);
        }
    }

    private static Map<String, Integer> header(List<String> fields, Map<String, List<String>> columns) {
        var names = new HashMap<String, Integer>();
        for (int i = 0; i < fields.size(); i++) {
            names.putIfAbsent(fields.get(i).strip().toUpperCase(Locale.ROOT), i);
        }
        var header = new HashMap<String, Integer>();
        columns.forEach((column, accepted) -> accepted.stream().filter(names::containsKey).findFirst()
                .ifPresent(name -> header.put(column, names.get(name))));
        return header;
    }
}
