package org.ourpromise.returns;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ourpromise.returns.ReferenceData.ProviderInformation;

/**
 * Reads Ofsted's list of registered providers (the "Provider Info" table of DfE rules 1008, 219, 221,
 * 224, 227, 228 and 229) from a CSV file with a header row. Columns, in any order and any case:
 *
 * <pre>
 * URN             required; the Ofsted unique reference number
 * PLACE_CODES     placement types the setting may offer, separated by ; or spaces (e.g. "K1;K2")
 * PROVIDER_CODES  placement provider codes that fit its owner, separated by ; or spaces (e.g. "PR1;PR2")
 * POSTCODE        the setting's postcode
 * LA_CODE         the LA the setting lies in (DfE infers it from the postcode)
 * REG_DATE        registration date, dd/mm/yyyy (blank when unknown)
 * CLOSE_DATE      date registration ended, dd/mm/yyyy (blank while open)
 * </pre>
 *
 * Only URN is required; other missing columns read as blank. A bad file gets one problem per line.
 */
public final class OfstedProviderList {

    /** The documented columns. */
    public static final List<String> COLUMNS =
            List.of("URN", "PLACE_CODES", "PROVIDER_CODES", "POSTCODE", "LA_CODE", "REG_DATE", "CLOSE_DATE");

    private OfstedProviderList() {
    }

    public static Map<String, ProviderInformation> read(Path file) throws Ssda903ReadException {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new Ssda903ReadException(List.of(file + ": cannot read provider list (" + e.getMessage() + ")"));
        }
    }

    /** The providers keyed by URN, in file order. */
    public static Map<String, ProviderInformation> read(Reader in, String source) throws Ssda903ReadException {
        var problems = new ArrayList<String>();
        var providers = new LinkedHashMap<String, ProviderInformation>();
        try (var reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(in)) {
            Map<String, Integer> columns = null;
            int row = 0;
            for (var rec : reader) {
                if (columns == null) {
                    columns = header(rec.getFields(), source, problems);
                    if (columns == null) {
                        break;
                    }
                    continue;
                }
                row++;
                var fields = rec.getFields();
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                var p = parse(fields, columns, source, row, problems);
                if (p != null && providers.put(p.urn(), p) != null) {
                    problems.add(source + ": row " + row + ": URN " + p.urn() + " is listed twice");
                }
            }
            if (columns == null && problems.isEmpty()) {
                problems.add(source + ": the provider list is empty (expected a header row with URN)");
            }
        } catch (IOException | RuntimeException e) {
            problems.add(source + ": cannot read provider list (" + e.getMessage() + ")");
        }
        if (!problems.isEmpty()) {
            throw new Ssda903ReadException(problems);
        }
        return providers;
    }

    private static Map<String, Integer> header(List<String> fields, String source, List<String> problems) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < fields.size(); i++) {
            columns.put(fields.get(i).strip().toUpperCase(Locale.ROOT), i);
        }
        if (!columns.containsKey("URN")) {
            problems.add(source + ": header has no URN column (columns are " + String.join(", ", COLUMNS) + ")");
            return null;
        }
        return columns;
    }

    private static ProviderInformation parse(List<String> fields, Map<String, Integer> columns, String source,
            int row, List<String> problems) {
        String urn = field(fields, columns, "URN");
        if (urn.isEmpty()) {
            problems.add(source + ": row " + row + ": URN is blank");
            return null;
        }
        var registered = date(fields, columns, "REG_DATE", source, row, problems);
        var closed = date(fields, columns, "CLOSE_DATE", source, row, problems);
        return new ProviderInformation(urn, codes(field(fields, columns, "PLACE_CODES")),
                codes(field(fields, columns, "PROVIDER_CODES")), field(fields, columns, "POSTCODE"),
                field(fields, columns, "LA_CODE"), registered, closed);
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= fields.size() ? "" : fields.get(i).strip();
    }

    private static LocalDate date(List<String> fields, Map<String, Integer> columns, String name, String source,
            int row, List<String> problems) {
        String text = field(fields, columns, name);
        if (text.isEmpty()) {
            return null;
        }
        var date = Ssda903Dates.parseOrNull(text);
        if (date == null) {
            problems.add(source + ": row " + row + ": " + name + " '" + text + "' is not a dd/mm/yyyy date");
        }
        return date;
    }

    private static Set<String> codes(String text) {
        var codes = new LinkedHashSet<String>();
        for (var c : text.split("[;,\\s]+")) {
            if (!c.isBlank()) {
                codes.add(c.strip().toUpperCase(Locale.ROOT));
            }
        }
        return codes;
    }
}
