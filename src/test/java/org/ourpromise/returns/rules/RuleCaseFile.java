package org.ourpromise.returns.rules;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ourpromise.returns.OfstedProviderList;
import org.ourpromise.returns.PostcodeDirectory;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.Ssda903ReadException;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * Hand-worked cases for one rule, read from {@code src/test/resources/returns/rule-cases/<code>.txt}:
 *
 * <pre>
 * == a case name
 * year 2026
 * Header                     (a table, by its DfE name; "last Episodes" for last year's return)
 * CHILD,SEX,DOB              (the columns used; the others are blank)
 * 1,M,01/01/2010
 * 2,X,01/01/2010 !           (a trailing ! marks a row the rule must fail)
 * </pre>
 *
 * Lines starting with # are comments; a blank line ends a table. Rules that need Ofsted provider
 * information get it from a {@code Providers} block, whose columns are those of
 * {@link org.ourpromise.returns.OfstedProviderList} (lists of codes separated by ; or spaces), and
 * the council's LA code from a {@code la CODE} line:
 *
 * <pre>
 * la 855
 * Providers
 * URN,PLACE_CODES,PROVIDER_CODES,POSTCODE,LA_CODE,REG_DATE,CLOSE_DATE
 * SC123456,K1;K2,PR1,LE1 1AA,855,01/01/2015,
 * </pre>
 *
 * Rules on the derived placement location (PL_DISTANCE, PL_LA, PL_LOCATION) get a postcode directory
 * from a {@code Postcodes} block, whose columns are those of {@link PostcodeDirectory}:
 *
 * <pre>
 * Postcodes
 * POSTCODE,EASTING,NORTHING,LA_CODE
 * LE1 1AA,458000,304000,856
 * </pre>
 *
 * A case with none of these has no reference data ({@link ReferenceData#none()}).
 */
record RuleCaseFile(String rule, List<Case> cases) {

    record Case(String name, int year, Ssda903Return current, Ssda903Return previous, boolean hasPrevious,
            Set<String> expectedFailures, int passingRows, ReferenceData reference) {
    }

    static RuleCaseFile read(Path file) throws IOException {
        String rule = file.getFileName().toString().replaceFirst("\\.txt$", "");
        var cases = new ArrayList<Case>();
        var builder = new CaseBuilder(null);
        Ssda903Table table = null;
        boolean last = false;
        boolean providers = false;
        boolean postcodes = false;
        List<String> columns = null;
        int lineNo = 0;
        for (String raw : Files.readAllLines(file)) {
            lineNo++;
            String line = raw.strip();
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                providers = false;
                postcodes = false;
                table = null;
                columns = null;
                continue;
            }
            if (line.startsWith("==")) {
                if (builder.name != null) {
                    cases.add(builder.build(file));
                }
                builder = new CaseBuilder(line.substring(2).strip());
                providers = false;
                postcodes = false;
                table = null;
                columns = null;
                continue;
            }
            if (line.startsWith("year ")) {
                builder.year = Integer.parseInt(line.substring(5).strip());
                continue;
            }
            if (line.startsWith("la ")) {
                builder.localAuthority = line.substring(3).strip();
                continue;
            }
            if (table == null && builder.providerLines == null && line.equals("Providers")) {
                builder.providerLines = new ArrayList<>();
                providers = true;
                continue;
            }
            if (table == null && builder.postcodeLines == null && line.equals("Postcodes")) {
                builder.postcodeLines = new ArrayList<>();
                postcodes = true;
                continue;
            }
            if (providers) {
                builder.providerLines.add(line);
                continue;
            }
            if (postcodes) {
                builder.postcodeLines.add(line);
                continue;
            }
            if (table == null) {
                last = line.startsWith("last ");
                String name = last ? line.substring(5).strip() : line;
                int at = lineNo;
                table = Ssda903Table.fromDfeName(name).orElseThrow(
                        () -> new IllegalArgumentException(file + ":" + at + ": no table called " + name));
                if (last) {
                    builder.hasPrevious = true;
                }
                continue;
            }
            if (columns == null) {
                columns = List.of(line.split(",", -1));
                for (var c : columns) {
                    if (table.indexOf(c.strip()) < 0) {
                        throw new IllegalArgumentException(file + ":" + lineNo + ": " + table.dfeName()
                                + " has no column " + c);
                    }
                }
                continue;
            }
            boolean fails = line.endsWith("!");
            if (fails) {
                line = line.substring(0, line.length() - 1).strip();
            }
            var cells = line.split(",", -1);
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": " + cells.length + " cells for "
                        + columns.size() + " columns");
            }
            var values = new String[table.columns().size()];
            java.util.Arrays.fill(values, "");
            for (int i = 0; i < cells.length; i++) {
                values[table.indexOf(columns.get(i).strip())] = cells[i].strip();
            }
            var target = last ? builder.previous : builder.current;
            var rows = target.computeIfAbsent(table, k -> new ArrayList<>());
            var row = new Ssda903Row(table, (last ? "last " : "") + table.fileName(), rows.size() + 1, values);
            rows.add(row);
            if (fails) {
                if (last) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": failures are reported on this year's rows");
                }
                builder.expected.add(key(table.dfeName(), row.rowNumber()));
            } else if (!last) {
                builder.passing++;
            }
        }
        if (builder.name != null) {
            cases.add(builder.build(file));
        }
        return new RuleCaseFile(rule, cases);
    }

    static String key(String table, int row) {
        return table + " row " + row;
    }

    private static final class CaseBuilder {
        final String name;
        int year;
        boolean hasPrevious;
        int passing;
        final Map<Ssda903Table, List<Ssda903Row>> current = new EnumMap<>(Ssda903Table.class);
        final Map<Ssda903Table, List<Ssda903Row>> previous = new EnumMap<>(Ssda903Table.class);
        final Set<String> expected = new LinkedHashSet<>();
        List<String> providerLines;
        List<String> postcodeLines;
        String localAuthority;

        CaseBuilder(String name) {
            this.name = name;
        }

        Case build(Path file) {
            if (year == 0) {
                throw new IllegalArgumentException(file + ": case '" + name + "' has no year line");
            }
            return new Case(name, year, Ssda903Return.of(current), Ssda903Return.of(previous), hasPrevious,
                    Set.copyOf(expected), passing, reference(file));
        }

        private ReferenceData reference(Path file) {
            String source = file + " case '" + name + "'";
            try {
                var reference = new ReferenceData(Optional.empty(), Optional.ofNullable(localAuthority));
                if (providerLines != null) {
                    reference = ReferenceData.withProviders(
                            OfstedProviderList.read(new StringReader(String.join("\n", providerLines)), source),
                            localAuthority);
                }
                if (postcodeLines != null) {
                    reference = reference.withPostcodes(
                            PostcodeDirectory.read(new StringReader(String.join("\n", postcodeLines)), source));
                }
                return reference;
            } catch (Ssda903ReadException e) {
                throw new IllegalArgumentException(String.join("; ", e.problems()), e);
            }
        }
    }
}
