package org.ourpromise.returns;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An ONS-style postcode directory: for each postcode its OS grid reference and the upper-tier local
 * authority it lies in. DfE derives the placement distance (PL_DISTANCE), the placement's LA (PL_LA)
 * and whether it is inside the council's area (PL_LOCATION) from HOME_POST and PL_POST through the
 * ONS Postcode Directory (DOMAIN.md §1.5); a council supplies the directory (or the part of it it
 * needs) as a CSV file with a header row. Columns, in any order and any case, ONS names accepted:
 *
 * <pre>
 * POSTCODE   (or PCD, PCDS)   required; compared without spaces and case ("LE1 1AA" = "le11aa")
 * EASTING    (or OSEAST1M)    OS grid easting in metres; blank when ONS has no grid reference
 * NORTHING   (or OSNRTH1M)    OS grid northing in metres; blank when ONS has no grid reference
 * LA_CODE    (or UTLA)        the upper-tier LA, written as the council's own code is written for
 *                             --la (the DfE 3-digit code, e.g. 855); WAL, SCO or NIR, or an ONS
 *                             code starting W, S or N, for Wales, Scotland and Northern Ireland
 * </pre>
 *
 * A bad file gets one problem per line. Only the postcodes are held, in one map.
 */
public final class PostcodeDirectory {

    /** The documented columns, with the ONS names accepted for each. */
    public static final Map<String, List<String>> COLUMNS = Map.of(
            "POSTCODE", List.of("POSTCODE", "PCD", "PCDS"),
            "EASTING", List.of("EASTING", "OSEAST1M"),
            "NORTHING", List.of("NORTHING", "OSNRTH1M"),
            "LA_CODE", List.of("LA_CODE", "UTLA"));

    /** ONS area codes of Wales, Scotland, Northern Ireland, the Channel Islands and the Isle of Man. */
    private static final Pattern OUTSIDE_ENGLAND_ONS = Pattern.compile("[WSNLM][0-9]{8}");

    private final Map<String, Location> locations;

    private PostcodeDirectory(Map<String, Location> locations) {
        this.locations = locations;
    }

    /**
     * Where a postcode lies.
     *
     * @param grid   its OS grid reference, or null when the directory has none
     * @param laCode its upper-tier LA as the file writes it, or "" when the directory does not say
     */
    public record Location(@Nullable GridReference grid, String laCode) {

        public Location {
            laCode = laCode == null ? "" : laCode.strip().toUpperCase(Locale.ROOT);
        }

        /**
         * PL_LA as DfE derives it (DOMAIN.md §1.5): the LA code, or WAL, SCO, NIR for an ONS code
         * of Wales, Scotland or Northern Ireland; "" when unknown.
         */
        public String placementLa() {
            if (laCode.length() == 9 && OUTSIDE_ENGLAND_ONS.matcher(laCode).matches()) {
                return switch (laCode.charAt(0)) {
                    case 'W' -> "WAL";
                    case 'S' -> "SCO";
                    case 'N' -> "NIR";
                    default -> laCode;
                };
            }
            return laCode;
        }

        /** Whether the directory places the postcode outside England (Wales, Scotland, NI, islands). */
        public boolean outsideEngland() {
            var la = placementLa();
            return la.equals("WAL") || la.equals("SCO") || la.equals("NIR")
                    || OUTSIDE_ENGLAND_ONS.matcher(la).matches();
        }
    }

    /** An OS National Grid reference in metres. */
    public record GridReference(int easting, int northing) {
    }

    /** A directory of the given locations, keyed by postcode (spaces and case ignored). */
    public static PostcodeDirectory of(Map<String, Location> locations) {
        var map = new HashMap<String, Location>();
        locations.forEach((postcode, location) -> map.put(key(postcode), location));
        return new PostcodeDirectory(map);
    }

    public static PostcodeDirectory read(Path file) throws Ssda903ReadException {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new Ssda903ReadException(List.of(file + ": cannot read postcode directory (" + e.getMessage() + ")"));
        }
    }

    public static PostcodeDirectory read(Reader in, String source) throws Ssda903ReadException {
        var locations = new HashMap<String, Location>();
        var laCodes = new HashMap<String, String>();
        ReferenceCsv.read(in, source, "postcode directory", COLUMNS, "POSTCODE",
                "POSTCODE, EASTING, NORTHING, LA_CODE or the ONS names PCD, OSEAST1M, OSNRTH1M, UTLA", row -> {
                    String postcode = key(row.field("POSTCODE"));
                    if (postcode.isEmpty()) {
                        row.problem("POSTCODE is blank");
                        return;
                    }
                    var grid = grid(row);
                    // ONS repeats a few LA codes millions of times: hold each once.
                    String la = laCodes.computeIfAbsent(row.field("LA_CODE"), k -> k);
                    if (locations.put(postcode, new Location(grid, la)) != null) {
                        row.problem("postcode " + row.field("POSTCODE") + " is listed twice");
                    }
                });
        return new PostcodeDirectory(locations);
    }

    /** Where the postcode lies, if the directory holds it. */
    public Optional<Location> locate(String postcode) {
        return postcode == null || postcode.isBlank() ? Optional.empty()
                : Optional.ofNullable(locations.get(key(postcode)));
    }

    public int size() {
        return locations.size();
    }

    /** A postcode as the directory compares it: no spaces, upper case. */
    static String key(String postcode) {
        var out = new StringBuilder(postcode.length());
        for (int i = 0; i < postcode.length(); i++) {
            char c = postcode.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    private static @Nullable GridReference grid(ReferenceCsv.Row row) {
        String easting = row.field("EASTING");
        String northing = row.field("NORTHING");
        if (easting.isEmpty() && northing.isEmpty()) {
            return null;
        }
        try {
            return new GridReference(Integer.parseInt(easting), Integer.parseInt(northing));
        } catch (NumberFormatException e) {
            row.problem("EASTING '" + easting + "' and NORTHING '" + northing + "' must both be whole numbers of metres");
            return null;
        }
    }
}
