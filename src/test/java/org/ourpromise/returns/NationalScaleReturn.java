package org.ourpromise.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ourpromise.returns.ReferenceData.ProviderInformation;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.ContinuousCare;
import org.ourpromise.returns.rules.support.EpisodeChain;

/**
 * A national-scale SSDA903 return built directly as rows (all tables of the year), for measuring
 * validation until the return is derived from {@code SyntheticCouncil} records. Mostly well-formed,
 * with the mix of codes, periods of care, care leavers, adoptions, missing episodes and social
 * worker episodes a large council's return has; deterministic for a seed. Not a model of care:
 * only its size and shape matter.
 */
final class NationalScaleReturn {

    static final int POSTCODES = 20_000;
    static final int PROVIDERS = 5_000;
    static final String COUNCIL = "855";

    /** Lives are drawn to this day, whatever the year of the return. */
    private static final LocalDate ANCHOR = LocalDate.of(2027, 3, 31);
    /** Placements valid in every year 2023-24 to 2026-27 that any child may have. */
    private static final String[] PLACES = {"U1", "U2", "U3", "U4", "U5", "U6", "K2", "P1"};

    private final long seed;
    private final int year;
    private final LocalDate start;
    private final LocalDate end;
    private final Map<Ssda903Table, List<Ssda903Row>> tables = new EnumMap<>(Ssda903Table.class);

    private NationalScaleReturn(long seed, int year) {
        this.seed = seed;
        this.year = year;
        this.start = Ssda903Dates.collectionStart(year);
        this.end = Ssda903Dates.collectionEnd(year);
        for (var t : Ssda903Table.values()) {
            tables.put(t, new ArrayList<>());
        }
    }

    /**
     * The return for the collection year ending 31 March {@code year} of {@code children} children:
     * the first of those numbered 0, 1, 2, ... who were in care during the year or are care leavers.
     * The same seed gives the same children in every year.
     */
    static Ssda903Return of(int children, long seed, int year) {
        var builder = new NationalScaleReturn(seed, year);
        var headers = builder.tables.get(Ssda903Table.HEADER);
        for (int i = 0; headers.size() < children; i++) {
            builder.child("C" + i, i);
        }
        return Ssda903Return.of(builder.tables);
    }

    /** Ofsted providers for the URNs the return uses, half in the council's LA. */
    static Map<String, ProviderInformation> providers() {
        var providers = new HashMap<String, ProviderInformation>();
        for (int i = 0; i < PROVIDERS; i++) {
            String urn = urn(i);
            providers.put(urn, new ProviderInformation(urn, Set.of("K2", "U1", "U4", "R2", "S1", "K3", "H5"),
                    Set.of("PR1", "PR2", "PR4"), postcode(i), i % 2 == 0 ? COUNCIL : "856",
                    LocalDate.of(2010, 1, 1), null));
        }
        return providers;
    }

    /** A postcode directory holding every postcode the return uses, spread over England. */
    static PostcodeDirectory postcodes() {
        var random = new Random(1);
        var locations = new HashMap<String, PostcodeDirectory.Location>();
        for (int i = 0; i < POSTCODES; i++) {
            var grid = new PostcodeDirectory.GridReference(150_000 + random.nextInt(500_000),
                    20_000 + random.nextInt(600_000));
            locations.put(postcode(i), new PostcodeDirectory.Location(grid, i % 3 == 0 ? COUNCIL : "856"));
        }
        return PostcodeDirectory.of(locations);
    }

    private static String urn(int i) {
        return "SC" + (100_000 + i);
    }

    private static String postcode(int i) {
        return "LE" + (1 + i % 99) + " " + (i / 99 % 10) + (char) ('A' + i / 990 % 26) + (char) ('A' + i % 26);
    }

    private void child(String child, int i) {
        // Each child's life is drawn from its own seed in absolute dates, so the returns of
        // consecutive years agree about the child (DOB, sex, UPN, episodes carried forward).
        var life = new Random(seed * 1_000_003L + i);
        boolean careLeaver = i % 12 == 0;
        int ageDays = careLeaver ? 365 * 21 + life.nextInt(365 * 3) : life.nextInt(365 * 17);
        LocalDate dob = ANCHOR.minusDays(ageDays);
        boolean girl = life.nextBoolean();
        String dobText = Ssda903Dates.format(dob);
        var episodes = careLeaver ? List.<String[]>of() : life(child, i, dob, life);
        var inYear = new ArrayList<Ssda903Row>();
        for (var values : episodes) {
            var e = new Ssda903Row(Ssda903Table.EPISODES, "", 0, values);
            if (EpisodeChain.overlaps(e, start, end)) {
                inYear.add(e);
            }
        }
        if (!careLeaver && inYear.isEmpty()) {
            return;
        }
        add(Ssda903Table.HEADER, "CHILD", child, "SEX", year <= 2024 ? (girl ? "2" : "1") : (girl ? "F" : "M"),
                "DOB", dobText, "ETHNIC", "WBRI", "MOTHER", girl && !careLeaver ? "0" : "",
                "UPN", Ages.atLeast(dob, start, 5) ? UniquePupilNumber.permanent(855, i / 1000 % 10_000, 15, i % 1000)
                        : "UN1");
        if (careLeaver) {
            add(Ssda903Table.OC3, "CHILD", child, "DOB", dobText, "IN_TOUCH", "YES", "ACTIV", "F2", "ACCOM", "D1");
            return;
        }
        for (var e : inYear) {
            var values = e.values().clone();
            var dec = e.date("DEC");
            if (dec != null && dec.isAfter(end)) {
                for (var column : List.of("DEC", "REC", "REASON_PLACE_CHANGE")) {
                    values[Ssda903Table.EPISODES.indexOf(column)] = "";
                }
            }
            addRow(Ssda903Table.EPISODES, values);
        }
        var first = inYear.get(0);
        var last = inYear.get(inYear.size() - 1);
        boolean inCareAtEnd = last.isBlank("DEC") || last.date("DEC").isAfter(end);
        reviews(child, dob, first.date("DECOM"), life);
        if (i % 33 == 0) {
            add(Ssda903Table.UASC, "CHILD", child, "SEX", girl ? (year <= 2024 ? "2" : "F") : (year <= 2024 ? "1" : "M"),
                    "DOB", dobText);
        }
        if (inCareAtEnd && ContinuousCare.test(inYear, start, end)) {
            add(Ssda903Table.OC2, "CHILD", child, "DOB", dobText, "SDQ_SCORE",
                    Ages.atLeast(dob, end, 4) && !Ages.atLeast(dob, start, 17) ? "12" : "",
                    "CONVICTED", Ages.atLeast(dob, end, 10) ? "0" : "", "HEALTH_CHECK", Ages.atLeast(dob, end, 5) ? "" : "1",
                    "IMMUNISATIONS", "1", "TEETH_CHECK", "1", "HEALTH_ASSESSMENT", "1", "SUBSTANCE_MISUSE", "0");
        }
        if ("S".equals(first.get("RNE")) && !first.date("DECOM").isBefore(start)) {
            add(Ssda903Table.PREV_PERM, "CHILD", child, "DOB", dobText, "PREV_PERM", "Z1");
        }
        extras(child, i, dobText, inCareAtEnd, life);
    }

    private void extras(String child, int i, String dobText, boolean inCareAtEnd, Random life) {
        for (int m = 0; m < (i % 9 == 0 ? 1 + life.nextInt(4) : 0); m++) {
            LocalDate from = start.plusDays(m * 60L + life.nextInt(40));
            add(Ssda903Table.MISSING, "CHILD", child, "DOB", dobText, "MISSING", m % 2 == 0 ? "M" : "A",
                    "MIS_START", Ssda903Dates.format(from), "MIS_END", Ssda903Dates.format(from.plusDays(2)));
        }
        if (year >= 2024 && inCareAtEnd) {
            LocalDate changed = start.plusDays(100 + life.nextInt(100));
            add(Ssda903Table.SW_EPISODES, "CHILD", child, "DOB", dobText, "SW_ID", "SW" + (i % 3000),
                    "SW_DECOM", Ssda903Dates.format(start.minusDays(30)), "SW_DEC", Ssda903Dates.format(changed),
                    "SW_REASON", "MANAGE");
            add(Ssda903Table.SW_EPISODES, "CHILD", child, "DOB", dobText, "SW_ID", "SW" + ((i + 7) % 3000),
                    "SW_DECOM", Ssda903Dates.format(changed), "SW_REASON", "MANAGE");
        }
        if (year >= 2027 && i % 200 == 0) {
            add(Ssda903Table.DOLO, "CHILD", child, "DOB", dobText, "DOLO_START", Ssda903Dates.format(start.plusDays(5)));
        }
    }

    /** The child's episodes from entering care to {@link #ANCHOR}: one period of care, one to five episodes. */
    private List<String[]> life(String child, int i, LocalDate dob, Random life) {
        var episodes = new ArrayList<String[]>();
        long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(dob, ANCHOR));
        LocalDate decom = dob.plusDays(1 + life.nextLong(span));
        int count = 1 + life.nextInt(5);
        String ls = i % 7 == 0 ? "V2" : (i % 3 == 0 ? "C1" : "C2");
        for (int e = 0; e < count && !decom.isAfter(ANCHOR); e++) {
            boolean last = e == count - 1;
            LocalDate dec = last ? (i % 5 == 0 ? decom.plusDays(30 + life.nextInt(500)) : null)
                    : decom.plusDays(20 + life.nextInt(400));
            String rec = dec == null ? "" : (last ? (i % 100 == 0 ? "E11" : "E4A") : "X1");
            int pc = life.nextInt(POSTCODES);
            String place = PLACES[life.nextInt(PLACES.length)];
            episodes.add(values(Ssda903Table.EPISODES, "CHILD", child, "DECOM", Ssda903Dates.format(decom),
                    "RNE", e == 0 ? "S" : "P", "LS", ls, "CIN", "N" + (1 + i % 8), "PLACE", place,
                    "PLACE_PROVIDER", place.equals("P1") ? "PR0" : (pc % 2 == 0 ? "PR1" : "PR4"),
                    "DEC", Ssda903Dates.format(dec), "REC", rec, "REASON_PLACE_CHANGE", "X1".equals(rec) ? "CARPL" : "",
                    "HOME_POST", postcode(i % POSTCODES), "PL_POST", postcode(pc),
                    "URN", place.equals("P1") ? "" : urn(pc % PROVIDERS)));
            if ("E11".equals(rec) && !dec.isBefore(start) && !dec.isAfter(end)) {
                add(Ssda903Table.AD1, "CHILD", child, "DATE_INT", Ssda903Dates.format(decom),
                        "DATE_MATCH", Ssda903Dates.format(decom.plusDays(10)), "FOSTER_CARE", "0", "NB_ADOPTR", "2",
                        "SEX_ADOPTR", "MF", "LS_ADOPTR", "L11");
            }
            if (dec == null) {
                break;
            }
            decom = dec;
        }
        return episodes;
    }

    private void reviews(String child, LocalDate dob, LocalDate firstStart, Random life) {
        LocalDate review = (firstStart.isAfter(start) ? firstStart : start).plusDays(20 + life.nextInt(60));
        for (int r = 0; r < 2 && !review.isAfter(end); r++) {
            add(Ssda903Table.REVIEWS, "CHILD", child, "DOB", Ssda903Dates.format(dob), "REVIEW",
                    Ssda903Dates.format(review), "REVIEW_CODE", Ages.atLeast(dob, review, 4) ? "PN" + (1 + life.nextInt(6))
                            : "PN0");
            review = review.plusMonths(6);
        }
    }

    private void add(Ssda903Table table, String... pairs) {
        addRow(table, values(table, pairs));
    }

    private void addRow(Ssda903Table table, String[] values) {
        var rows = tables.get(table);
        rows.add(new Ssda903Row(table, table.fileName(), rows.size() + 1, values));
    }

    private static String[] values(Ssda903Table table, String... pairs) {
        var values = new String[table.columns().size()];
        Arrays.fill(values, "");
        for (int i = 0; i < pairs.length; i += 2) {
            values[table.indexOf(pairs[i])] = pairs[i + 1];
        }
        return values;
    }
}
