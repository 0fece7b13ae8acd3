package org.ourpromise.measures.cohort;

import org.ourpromise.returns.Ssda903Dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Row;

/**
 * One Episodes row, typed: dates parsed, codes trimmed and upper-cased (blank = ""), MEASURES.md §0.
 * {@code order} is the row's position in the return, used to keep same-day episodes in file order.
 */
public record Episode(String child, LocalDate decom, String rne, String ls, String cin, String place, String provider,
        @Nullable LocalDate dec, String rec, String plPost, String urn, int order) {

    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
    private static final Set<String> ADOPTION_PLACEMENTS = Set.of("A3", "A4", "A5", "A6");

    /** The episode, or null when its DECOM is not a date (such a row cannot be placed in time). */
    static @Nullable Episode of(Ssda903Row row, int order) {
        var decom = row.date("DECOM");
        if (decom == null) {
            return null;
        }
        return new Episode(row.child(), decom, code(row, "RNE"), code(row, "LS"), code(row, "CIN"), code(row, "PLACE"),
                code(row, "PLACE_PROVIDER"), row.date("DEC"), code(row, "REC"),
                code(row, "PL_POST"), code(row, "URN"), order);
    }

    static String code(Ssda903Row row, String column) {
        return row.get(column).strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Open at {@code d}: DECOM on or before d and not ended on or before d, so an episode ending on 31 March is not
     * open at 31 March (MEASURES.md §0; DOMAIN.md §6 q4).
     */
    public boolean openAt(LocalDate d) {
        return !decom.isAfter(d) && (dec == null || dec.isAfter(d));
    }

    /** Overlaps [from, to]: DECOM on or before {@code to} and not ended before {@code from}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !decom.isAfter(to) && (dec == null || !dec.isBefore(from));
    }

    /** Whether one of {@code episodes} overlaps [from, to]. */
    static boolean anyOverlaps(List<Episode> episodes, LocalDate from, LocalDate to) {
        for (var e : episodes) {
            if (e.overlaps(from, to)) {
                return true;
            }
        }
        return false;
    }

    public boolean isShortBreak() {
        return SHORT_BREAKS.contains(ls);
    }

    /** PLACE T0–T4. */
    public boolean isTemporaryPlacement() {
        return TEMPORARY.contains(place);
    }

    /** PLACE A3–A6: placed for adoption. */
    public boolean isPlacedForAdoption() {
        return ADOPTION_PLACEMENTS.contains(place);
    }

    /** The same carer for MEASURES.md §3 exception (b): equal PLACE, PL_POST and URN. */
    boolean sameSettingAs(Episode other) {
        return place.equals(other.place) && plPost.equals(other.plPost) && urn.equals(other.urn);
    }
}
