package org.ourpromise.returns;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An SSDA903 return as its tables of rows. It may hold rows of earlier years too (history): every
 * consumer filters by the dates it needs. Immutable once built.
 */
public final class Ssda903Return {

    private final Map<Ssda903Table, List<Ssda903Row>> tables;

    private Ssda903Return(Map<Ssda903Table, List<Ssda903Row>> tables) {
        var copy = new EnumMap<Ssda903Table, List<Ssda903Row>>(Ssda903Table.class);
        for (var t : Ssda903Table.values()) {
            copy.put(t, List.copyOf(tables.getOrDefault(t, List.of())));
        }
        this.tables = copy;
    }

    public static Ssda903Return of(Map<Ssda903Table, ? extends Collection<Ssda903Row>> rows) {
        var map = new EnumMap<Ssda903Table, List<Ssda903Row>>(Ssda903Table.class);
        rows.forEach((t, r) -> map.put(t, List.copyOf(r)));
        return new Ssda903Return(map);
    }

    public static Ssda903Return empty() {
        return new Ssda903Return(Map.of());
    }

    public List<Ssda903Row> rows(Ssda903Table table) {
        return tables.get(table);
    }

    public int size() {
        return tables.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Reads every *.csv file directly in {@code dir}, each recognised by its header row. Several
     * files may hold the same table (their rows are appended). Any unreadable file, unrecognised
     * header or ragged row is a problem; all problems are collected before failing.
     */
    public static Ssda903Return read(Path dir) throws Ssda903ReadException {
        if (!Files.isDirectory(dir)) {
            throw new Ssda903ReadException(List.of(dir + ": not a directory"));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new Ssda903ReadException(List.of(dir + ": cannot list the directory (" + e.getMessage() + ")"));
        }
        if (files.isEmpty()) {
            throw new Ssda903ReadException(List.of(dir + ": no .csv files"));
        }
        var problems = new ArrayList<String>();
        var rows = new EnumMap<Ssda903Table, List<Ssda903Row>>(Ssda903Table.class);
        for (var file : files) {
            readFile(file, rows, problems);
        }
        if (!problems.isEmpty()) {
            throw new Ssda903ReadException(problems);
        }
        return new Ssda903Return(rows);
    }

    private static void readFile(Path file, Map<Ssda903Table, List<Ssda903Row>> rows, List<String> problems) {
        String name = file.getFileName().toString();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .detectBomHeader(true).ofCsvRecord(file)) {
            var it = reader.iterator();
            if (!it.hasNext()) {
                problems.add(name + ": empty file, no header row");
                return;
            }
            var header = it.next().getFields();
            var table = Ssda903Table.recognise(header);
            if (table.isEmpty()) {
                problems.add(name + ", row 0 (header): columns " + header
                        + " are not those of any SSDA903 table");
                return;
            }
            var t = table.get();
            int[] positions = positions(t, header);
            var target = rows.computeIfAbsent(t, k -> new ArrayList<>());
            int rowNumber = 0;
            while (it.hasNext()) {
                var rec = it.next();
                rowNumber++;
                if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
                    continue;
                }
                if (rec.getFieldCount() != header.size()) {
                    problems.add(name + ", row " + rowNumber + ": has " + rec.getFieldCount()
                            + " fields, the header has " + header.size());
                    continue;
                }
                target.add(new Ssda903Row(t, name, rowNumber, values(rec, positions)));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(name + ": cannot be read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            problems.add(name + ": not a well-formed CSV file (" + e.getMessage() + ")");
        }
    }

    /** Where each of the table's columns stands in the file, which may have them in any order. */
    private static int[] positions(Ssda903Table table, List<String> header) {
        int[] positions = new int[table.columns().size()];
        for (int i = 0; i < header.size(); i++) {
            positions[table.indexOf(header.get(i).strip().toUpperCase(java.util.Locale.ROOT))] = i;
        }
        return positions;
    }

    /** A row's values in the table's column order. */
    private static String[] values(CsvRecord rec, int[] positions) {
        var values = new String[positions.length];
        for (int i = 0; i < positions.length; i++) {
            values[i] = rec.getField(positions[i]).strip();
        }
        return values;
    }

    /**
     * Writes one CSV file per table collected in {@code year} (a table with no rows gets its
     * header only), in DfE column order with CRLF line ends.
     */
    public void writeCsv(Path dir, int year) {
        try {
            Files.createDirectories(dir);
            for (var t : Ssda903Table.collectedInYear(year)) {
                try (var writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(dir.resolve(t.fileName()))) {
                    writer.writeRecord(t.columns());
                    for (var row : rows(t)) {
                        writer.writeRecord(row.values());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the return to " + dir, e);
        }
    }
}
