package org.ourpromise.returns;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        var providers = new LinkedHashMap<String, ProviderInformation>();
        var columns = new LinkedHashMap<String, List<String>>();
        COLUMNS.forEach(c -> columns.put(c, List.of(c)));
        ReferenceCsv.read(in, source, "provider list", columns, "URN", String.join(", ", COLUMNS), row -> {
            var p = parse(row);
            if (p != null && providers.put(p.urn(), p) != null) {
                row.problem("URN " + p.urn() + " is listed twice");
            }
        });
        return providers;
    }

    private static ProviderInformation parse(ReferenceCsv.Row row) {
        String urn = row.field("URN");
        if (urn.isEmpty()) {
            row.problem("URN is blank");
            return null;
        }
        var registered = date(row, "REG_DATE");
        var closed = date(row, "CLOSE_DATE");
        return new ProviderInformation(urn, codes(row.field("PLACE_CODES")), codes(row.field("PROVIDER_CODES")),
                row.field("POSTCODE"), row.field("LA_CODE"), registered, closed);
    }

    private static LocalDate date(ReferenceCsv.Row row, String name) {
        String text = row.field(name);
        if (text.isEmpty()) {
            return null;
        }
        var date = Ssda903Dates.parseOrNull(text);
        if (date == null) {
            row.problem(name + " '" + text + "' is not a dd/mm/yyyy date");
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
