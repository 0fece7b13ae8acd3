package org.ourpromise.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PeriodOfCare;
import org.ourpromise.timescales.CareLeaverBands;
import org.ourpromise.timescales.CareLeaverBands.Band;
import org.ourpromise.timescales.CareLeaverCategory;

/**
 * The figures the board follows in-year (issue 15): from the record as at a day, over the 12 months up to and
 * including it, each beside the return's measure of the last complete year it mirrors. Pure: the day is given.
 * As at 31 March the 12 months are the collection year, and the counts are the return's. Short breaks (legal
 * status V3, V4) are left out, as the return's measures leave them out; periods of care are cut as the record cuts
 * them (an episode starting the day the one before ended, after a change of placement or legal status, continues
 * the same period: no cease and no start).
 */
public final class InYearFigures {

    public static final String IN_CARE = "inyear.in_care";
    public static final String IN_CARE_RATE = "inyear.in_care_rate_per_10000";
    public static final String STARTS = "inyear.starts";
    public static final String CEASES = "inyear.ceases";
    public static final String THREE_PLUS = "inyear.three_plus_placements_pct";
    public static final String MISSING = "inyear.missing_pct";
    /** Care leavers in touch in the last 2 months, one figure per age band: the key ends with the band's. */
    public static final String LEAVERS_IN_TOUCH = "inyear.leavers_in_touch_pct.";

    /** Every figure, in the order the board reads them. */
    public static final List<String> KEYS = keys();

    /**
     * Each in-year figure and the return's measure of the last complete year shown beside it (like for like). The
     * return has no figure for care leavers aged 17 to 18 together (it counts 17 and 18 apart, around the birthday)
     * nor for those aged 22 to 25: nothing stands beside those.
     */
    public static final Map<String, String> BESIDE = besides();

    /** Temporary placements, not counted as placements (as the return's stability measure does not count them). */
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    /** A change of placement starts a new placement: reason for new episode S, P or B. */
    private static final Set<String> NEW_PLACEMENT = Set.of("S", "P", "B");

    private InYearFigures() {
    }

    private static Map<String, String> besides() {
        var m = new LinkedHashMap<String, String>();
        m.put(IN_CARE, "cla.at_31_march");
        m.put(IN_CARE_RATE, "cla.rate_per_10000");
        m.put(STARTS, "starts.periods");
        m.put(CEASES, "ceased.periods");
        m.put(THREE_PLUS, "stability.three_plus_placements_pct");
        m.put(MISSING, "missing.pct");
        m.put(leaversInTouch(Band.AGED_19_TO_21), "oc3.in_touch_pct.19_to_21");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static List<String> keys() {
        var keys = new ArrayList<>(List.of(IN_CARE, IN_CARE_RATE, STARTS, CEASES, THREE_PLUS, MISSING));
        for (var band : Band.values()) {
            keys.add(leaversInTouch(band));
        }
        return List.copyOf(keys);
    }

    /** The key of the care leavers in touch in an age band: "inyear.leavers_in_touch_pct.17_to_18". */
    public static String leaversInTouch(Band band) {
        return LEAVERS_IN_TOUCH + band.key();
    }

    /** The first day of the 12 months up to {@code asAt}: as at 29 February 2028, 1 March 2027. */
    public static LocalDate from(LocalDate asAt) {
        return asAt.minusYears(1).plusDays(1);
    }

    private static final String LEAVERS_WORDS = "Care leavers aged %s in touch in the last 2 months. Of the relevant "
            + "and former relevant care leavers aged %<s on the day, the share with a contact in touch in the 2 months "
            + "up to the day (as the care leavers' page counts them).";

    /** The definitions, in the order the board reads them. */
    public static List<Measure> measures() {
        return List.of(
                Measure.count(IN_CARE, "Children in care now. Children looked after at the end of the day (short "
                        + "breaks apart): the in-year count beside the count at 31 March.", "children looked after on the day"),
                new Measure(IN_CARE_RATE, Measure.Kind.RATE, "Children in care now per 10,000 children aged 0 to 17 "
                        + "(the ONS mid-year estimate the council has set for the year).", "children looked after on the day",
                        "children looked after on the day", "population aged 0-17"),
                Measure.count(STARTS, "Periods of care started in the last 12 months (short breaks apart).",
                        "periods of care started in the 12 months"),
                Measure.count(CEASES, "Periods of care ended in the last 12 months (short breaks apart).",
                        "periods of care ended in the 12 months"),
                Measure.percentage(THREE_PLUS, "Placement stability over the last 12 months. Of the children looked "
                        + "after on the day, the share with 3 or more placements in the 12 months (temporary placements "
                        + "not counted; a change of legal status only continues the placement).",
                        "children with 3 or more placements in the 12 months", "children looked after on the day"),
                Measure.percentage(MISSING, "Missing in the last 12 months. Of the children looked after at any time "
                        + "in the 12 months, the share who went missing at least once, starting in the 12 months.",
                        "children who went missing", "children looked after in the 12 months"),
                Measure.percentage(leaversInTouch(Band.AGED_17_TO_18), LEAVERS_WORDS.formatted("17 to 18"),
                        "care leavers in touch in the 2 months", "care leavers aged 17 to 18"),
                Measure.percentage(leaversInTouch(Band.AGED_19_TO_21), LEAVERS_WORDS.formatted("19 to 21"),
                        "care leavers in touch in the 2 months", "care leavers aged 19 to 21"),
                Measure.percentage(leaversInTouch(Band.AGED_22_TO_25), LEAVERS_WORDS.formatted("22 to 25"),
                        "care leavers in touch in the 2 months", "care leavers aged 22 to 25"));
    }

    public static Optional<Measure> find(String key) {
        return measures().stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The figures as at the end of {@code asAt}; the rate needs the population aged 0 to 17 (none: no rate). */
    public static Map<String, MeasureValue> asAt(List<ChildRecord> records, LocalDate asAt, @Nullable Integer population) {
        var tally = new Tally(from(asAt), asAt);
        records.forEach(tally::add);
        return tally.results(population);
    }

    /** The children behind each figure, gathered in one pass over the records. */
    private static final class Tally {
        private final LocalDate from;
        private final LocalDate asAt;
        private final List<String> inCare = new ArrayList<>();
        private final List<String> threePlus = new ArrayList<>();
        private final List<String> during = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();
        private final Map<Band, List<String>> leavers = new EnumMap<>(Band.class);
        private final Map<Band, List<String>> inTouch = new EnumMap<>(Band.class);
        private final List<String> started = new ArrayList<>();
        private final List<String> ceased = new ArrayList<>();

        Tally(LocalDate from, LocalDate asAt) {
            this.from = from;
            this.asAt = asAt;
            for (var band : Band.values()) {
                leavers.put(band, new ArrayList<>());
                inTouch.put(band, new ArrayList<>());
            }
        }

        void add(ChildRecord r) {
            var episodes = PeriodOfCare.withoutShortBreaks(r.episodes()).stream()
                    .filter(e -> !e.started().isAfter(asAt)).toList();
            for (var p : PeriodOfCare.of(episodes)) {
                if (!p.start().isBefore(from)) {
                    started.add(r.childId());
                }
                if (p.end() != null && !p.end().isBefore(from) && !p.end().isAfter(asAt)) {
                    ceased.add(r.childId());
                }
            }
            boolean now = episodes.stream().anyMatch(e -> e.isOpenAt(asAt));
            if (now) {
                inCare.add(r.childId());
                if (placements(episodes, from, asAt) >= 3) {
                    threePlus.add(r.childId());
                }
            }
            if (episodes.stream().anyMatch(e -> e.ceased() == null || !e.ceased().isBefore(from))) {
                during.add(r.childId());
                if (r.missing().stream().anyMatch(m -> "M".equals(m.type()) && !m.started().isBefore(from)
                        && !m.started().isAfter(asAt))) {
                    missing.add(r.childId());
                }
            }
            var band = CareLeaverBands.bandOn(r.dateOfBirth(), asAt);
            if (band != null && CareLeaverBands.counted(CareLeaverCategory.of(r, asAt))) {
                leavers.get(band).add(r.childId());
                if (CareLeaverBands.inTouch(r.careLeaverContacts(), asAt)) {
                    inTouch.get(band).add(r.childId());
                }
            }
        }

        Map<String, MeasureValue> results(@Nullable Integer population) {
            var out = new LinkedHashMap<String, MeasureValue>();
            out.put(IN_CARE, MeasureValue.countOf(inCare));
            out.put(IN_CARE_RATE, MeasureValue.ratePer10000(inCare, population));
            out.put(STARTS, MeasureValue.count(started.size(), started));
            out.put(CEASES, MeasureValue.count(ceased.size(), ceased));
            out.put(THREE_PLUS, MeasureValue.percentageOf(threePlus, inCare));
            out.put(MISSING, MeasureValue.percentageOf(missing, during));
            for (var band : Band.values()) {
                out.put(leaversInTouch(band), MeasureValue.percentageOf(inTouch.get(band), leavers.get(band)));
            }
            return out;
        }
    }

    /**
     * Placements overlapping the 12 months, as the return's stability measure counts them: a placement starts at the
     * first episode of a period of care and at a change of placement (reason for new episode S, P or B); a change of
     * legal status only continues it; temporary placements (T0 to T4) are not counted.
     */
    static int placements(List<CareEpisode> episodes, LocalDate from, LocalDate asAt) {
        int n = 0;
        for (var p : PeriodOfCare.of(episodes)) {
            var list = p.episodes();
            int i = 0;
            while (i < list.size()) {
                int j = i;
                while (j + 1 < list.size() && !NEW_PLACEMENT.contains(list.get(j + 1).reasonNewEpisode())) {
                    j++;
                }
                var first = list.get(i);
                var last = list.get(j);
                boolean overlaps = !first.started().isAfter(asAt) && (last.ceased() == null || !last.ceased().isBefore(from));
                if (overlaps && !TEMPORARY.contains(first.placement())) {
                    n++;
                }
                i = j + 1;
            }
        }
        return n;
    }
}
