package org.ourpromise.measures.cohort;

import org.ourpromise.returns.Ssda903Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.ourpromise.measures.MeasureParameters;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * The return as the measures read it, built once: each child's episodes, periods and placements, the
 * children looked after at the end of the year and during it, and every other table indexed by child.
 * The return may hold rows of earlier years (history); each measure picks the dates it needs.
 */
public final class CareHistory {

    private final MeasureParameters parameters;
    private final Map<String, ChildCare> children;
    private final List<ChildCare> lookedAfterAtEnd;
    private final Map<String, Episode> openAtEnd;
    private final List<String> lookedAfterDuringYear;
    private final Map<String, ChildDetails> details;
    private final Map<Ssda903Table, Map<String, List<Ssda903Row>>> rowsByChild;
    private final Map<String, List<Review>> reviews;
    private final @Nullable LocalDate earliestReview;
    private final Ssda903Return source;

    private CareHistory(Ssda903Return ret, MeasureParameters parameters) {
        this.source = ret;
        this.parameters = parameters;
        this.children = childrenOf(ret, parameters.excludeTemporary());
        var open = new HashMap<String, Episode>();
        var atEnd = new ArrayList<ChildCare>();
        var during = new ArrayList<String>();
        for (var c : children.values()) {
            var e = c.openEpisodeAt(parameters.end());
            if (e != null) {
                open.put(c.child(), e);
                atEnd.add(c);
            }
            if (c.lookedAfterDuring(parameters.start(), parameters.end())) {
                during.add(c.child());
            }
        }
        this.openAtEnd = open;
        this.lookedAfterAtEnd = List.copyOf(atEnd);
        this.lookedAfterDuringYear = List.copyOf(during);
        this.details = detailsOf(ret);
        this.rowsByChild = new EnumMap<>(Ssda903Table.class);
        for (var t : Ssda903Table.values()) {
            if (t != Ssda903Table.EPISODES) {
                rowsByChild.put(t, byChild(ret.rows(t)));
            }
        }
        this.reviews = reviewsOf(ret);
        this.earliestReview = reviews.values().stream().map(r -> r.get(0).date())
                .min(Comparator.naturalOrder()).orElse(null);
    }

    public static CareHistory of(Ssda903Return ret, MeasureParameters parameters) {
        return new CareHistory(ret, parameters);
    }

    private static Map<String, ChildCare> childrenOf(Ssda903Return ret, boolean excludeTemporary) {
        var rows = new HashMap<String, List<Episode>>();
        int order = 0;
        for (var row : ret.rows(Ssda903Table.EPISODES)) {
            var e = Episode.of(row, order++);
            if (e != null) {
                rows.computeIfAbsent(e.child(), k -> new ArrayList<>(4)).add(e);
            }
        }
        // Sorted by child so that every list of children built from it is already in drill-down order.
        var children = new TreeMap<String, ChildCare>();
        rows.forEach((child, episodes) -> children.put(child, ChildCare.of(child, episodes, excludeTemporary)));
        return Collections.unmodifiableMap(children);
    }

    private static Map<String, ChildDetails> detailsOf(Ssda903Return ret) {
        var details = new HashMap<String, ChildDetails>();
        for (var row : ret.rows(Ssda903Table.HEADER)) {
            details.putIfAbsent(row.child(), new ChildDetails(row.child(), Episode.code(row, "SEX"),
                    row.date("DOB"), Episode.code(row, "ETHNIC")));
        }
        return details;
    }

    private static Map<String, List<Ssda903Row>> byChild(List<Ssda903Row> rows) {
        var map = new HashMap<String, List<Ssda903Row>>();
        for (var row : rows) {
            map.computeIfAbsent(row.child(), k -> new ArrayList<>(2)).add(row);
        }
        return map;
    }

    private static Map<String, List<Review>> reviewsOf(Ssda903Return ret) {
        var map = new HashMap<String, List<Review>>();
        for (var row : ret.rows(Ssda903Table.REVIEWS)) {
            var date = row.date("REVIEW");
            if (date != null) {
                map.computeIfAbsent(row.child(), k -> new ArrayList<>()).add(
                        new Review(row.child(), date, Episode.code(row, "REVIEW_CODE")));
            }
        }
        map.values().forEach(list -> list.sort(Comparator.comparing(Review::date)));
        return map;
    }

    public MeasureParameters parameters() {
        return parameters;
    }

    public LocalDate start() {
        return parameters.start();
    }

    public LocalDate end() {
        return parameters.end();
    }

    public int year() {
        return parameters.year();
    }

    /** Every child with an episode row (including short-break-only children, whose episodes are empty), by id. */
    public Iterable<ChildCare> children() {
        return children.values();
    }

    public Optional<ChildCare> child(String id) {
        return Optional.ofNullable(children.get(id));
    }

    /** Children looked after at 31 March (CLA): an episode other than a short break open at the end, by id. */
    public List<ChildCare> lookedAfterAtEnd() {
        return lookedAfterAtEnd;
    }

    /** The episode open at the end of the year for a child in {@link #lookedAfterAtEnd()}. */
    public Episode openAtEnd(ChildCare child) {
        return openAtEnd.get(child.child());
    }

    /** Ids of the children with an episode (other than a short break) overlapping the year, sorted. */
    public List<String> lookedAfterDuringYear() {
        return lookedAfterDuringYear;
    }

    public Optional<ChildDetails> details(String child) {
        return Optional.ofNullable(details.get(child));
    }

    /** The child's rows of a table other than Episodes, in return order. */
    public List<Ssda903Row> rows(Ssda903Table table, String child) {
        return rowsByChild.get(table).getOrDefault(child, List.of());
    }

    /** All rows of a table. */
    public List<Ssda903Row> rows(Ssda903Table table) {
        return source.rows(table);
    }

    /** The child's reviews with a valid date, by date. */
    public List<Review> reviews(String child) {
        return reviews.getOrDefault(child, List.of());
    }

    public Iterable<List<Review>> reviewsByChild() {
        return reviews.values();
    }

    /** The earliest valid REVIEW date in the return (for the coverage rule of MEASURES.md §8). */
    public Optional<LocalDate> earliestReview() {
        return Optional.ofNullable(earliestReview);
    }
}
