package org.ourpromise.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * Random but well-formed returns for property tests and the benchmark: every child has a Header row with codes
 * of the year; episodes chain with X1 inside periods of care, with gaps, short breaks, temporary placements and
 * returns to the same carer; OC2, OC3, Reviews, Missing, UASC, AD1 and PrevPerm rows. Not the demo generator.
 */
final class RandomReturn {

    private static final String[] RNE_MOVES = {"P", "B", "L", "T", "U", "P", "L"};
    private static final String[] LS = {"C1", "C2", "C2", "C2", "D1", "E1", "V2", "V2", "L1", "L2", "L3", "J1", "J2", "J3",
            "V3", "V4"};
    private static final String[] PLACES = {"U1", "U2", "U3", "U4", "U4", "U5", "U6", "U6", "A3", "A4", "A5", "A6", "P1",
            "P2", "H5", "K1", "K2", "K2", "R1", "R2", "R3", "R5", "S1", "P3", "Z1", "T0", "T1", "T2", "T3", "T4"};
    private static final String[] CIN = {"N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"};
    private static final String[] PROVIDERS = {"PR0", "PR1", "PR2", "PR3", "PR4", "PR5", ""};
    private static final String[] ENDS = {"E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47",
            "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17"};
    private static final String[] ETHNIC = {"WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
            "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT", ""};
    private static final String[] IN_TOUCH = {"YES", "YES", "YES", "NO", "DIED", "REFU", "NREQ", "RHOM"};
    private static final String[] ACTIV = {"F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"};
    private static final String[] REVIEW_CODES = {"PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7", ""};

    private final Random random;
    private final int year;
    private final String[] sexes;
    private final Map<Ssda903Table, List<Ssda903Row>> rows = new EnumMap<>(Ssda903Table.class);

    private RandomReturn(long seed, int year) {
        this.random = new Random(seed);
        this.year = year;
        this.sexes = CodeList.SEX.codes(year).toArray(String[]::new);
        for (var t : Ssda903Table.values()) {
            rows.put(t, new ArrayList<>());
        }
    }

    /** {@code children} children with care from {@code historyYears} years before the collection year onwards. */
    static Ssda903Return generate(long seed, int year, int children, int historyYears) {
        var g = new RandomReturn(seed, year);
        for (int i = 0; i < children; i++) {
            g.child(String.format("C%06d", i), historyYears);
        }
        return Ssda903Return.of(g.rows);
    }

    private void child(String id, int historyYears) {
        var end = Ssda903Dates.collectionEnd(year);
        var dob = end.minusDays(random.nextInt(22 * 365));
        add(Ssda903Table.HEADER, id, pick(sexes), date(dob), pick(ETHNIC), "", "", "");
        var first = end.minusDays(random.nextInt((historyYears + 1) * 365 + 200) - 60);
        var start = first.isBefore(dob) ? dob : first;
        int periods = 1 + random.nextInt(random.nextInt(5) == 0 ? 3 : 1);
        var episodes = new ArrayList<LocalDate>();
        for (int p = 0; p < periods && !start.isAfter(end.plusDays(60)); p++) {
            start = period(id, start, p == periods - 1, episodes);
            if (start == null) {
                break;
            }
            start = start.plusDays(random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(300));
        }
        otherTables(id, dob, episodes);
    }

    /** One period of care from {@code start}; returns its end, or null when it is left open. */
    private LocalDate period(String id, LocalDate start, boolean last, List<LocalDate> dates) {
        int n = 1 + random.nextInt(5);
        var decom = start;
        String ls = pick(LS);
        String place = pick(PLACES);
        String post = "AB" + random.nextInt(3);
        String urn = "SC" + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            boolean lastEpisode = i == n - 1;
            var dec = decom.plusDays(1 + random.nextInt(random.nextBoolean() ? 30 : 700));
            boolean open = lastEpisode && last && random.nextBoolean();
            String rec = open ? "" : lastEpisode ? pick(ENDS) : "X1";
            String rne = i == 0 ? "S" : pick(RNE_MOVES);
            add(Ssda903Table.EPISODES, id, date(decom), rne, ls, pick(CIN), place, place.startsWith("T") ? "" : pick(PROVIDERS),
                    open ? "" : date(dec), rec, "", "", place.startsWith("T") ? "" : post, place.startsWith("T") ? "" : urn);
            dates.add(decom);
            if (open) {
                return null;
            }
            decom = dec;
            // A return from a temporary placement often goes back to the same carer.
            if (!place.startsWith("T") || random.nextBoolean()) {
                place = pick(PLACES);
                post = random.nextBoolean() ? post : "AB" + random.nextInt(3);
                urn = random.nextBoolean() ? urn : "SC" + random.nextInt(3);
            }
            ls = random.nextInt(3) == 0 ? pick(LS) : ls;
        }
        return decom;
    }

    private void otherTables(String id, LocalDate dob, List<LocalDate> episodeStarts) {
        if (random.nextInt(3) > 0) {
            add(Ssda903Table.OC2, id, date(dob), random.nextInt(4) == 0 ? "" : String.valueOf(random.nextInt(41)), "",
                    flag(), flag(), flag(), flag(), flag(), flag(), flag(), flag());
        }
        if (random.nextInt(4) == 0) {
            var leaverDob = Ssda903Dates.collectionEnd(year).minusYears(17 + random.nextInt(6)).minusDays(random.nextInt(365));
            add(Ssda903Table.OC3, id, date(leaverDob), pick(IN_TOUCH), pick(ACTIV),
                    random.nextInt(5) == 0 ? "0" : (char) ('B' + random.nextInt(24)) + String.valueOf(1 + random.nextInt(2)));
        }
        for (var s : episodeStarts) {
            if (random.nextBoolean()) {
                add(Ssda903Table.REVIEWS, id, date(dob), date(s.plusDays(random.nextInt(200))), pick(REVIEW_CODES));
            }
            if (random.nextInt(4) == 0) {
                add(Ssda903Table.MISSING, id, date(dob), random.nextBoolean() ? "M" : "A", date(s.plusDays(random.nextInt(400))),
                        "");
            }
        }
        if (random.nextInt(20) == 0) {
            add(Ssda903Table.UASC, id, "", date(dob), random.nextBoolean() ? "" : date(dob.plusYears(18)));
        }
        if (random.nextInt(10) == 0 && !episodeStarts.isEmpty()) {
            add(Ssda903Table.AD1, id, date(dob), "", date(episodeStarts.get(0).plusDays(random.nextInt(600))), "", "", "", "");
        }
        if (random.nextInt(10) == 0) {
            add(Ssda903Table.PREV_PERM, id, date(dob), pick(new String[] {"P1", "P2", "P3", "P4", "Z1"}), "", "");
        }
    }

    private String flag() {
        return random.nextBoolean() ? "1" : "0";
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String date(LocalDate d) {
        return Ssda903Dates.format(d);
    }

    private void add(Ssda903Table table, String... values) {
        rows.get(table).add(Ssda903Row.of(table, values));
    }
}
