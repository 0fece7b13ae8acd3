package org.ourpromise.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The children behind a figure, as lists of the kit: several on one page (counted and not counted, or a dashboard
 * figure's numerator and denominator), so a link names the list it is for ({@code list=counted&sort=name}) and the
 * others keep their own order. Children by name and ID ({@link #NAMED}) or by ID alone ({@link #IDS}); both start in
 * child ID order, the order the measures list them in. The same rows and order make the page and its CSV.
 */
public final class ChildLists {

    /** A child on a list: the ID, and the name shown (the ID when there is none). */
    public record Child(String id, String name) {
    }

    /** The lists of a figure's children: in its numerator, and in its denominator only. */
    public static final String COUNTED = "counted";
    public static final String NOT_COUNTED = "not-counted";

    /**
     * A figure's children the user may see, counted (numerator) and not counted (denominator only), with their names.
     *
     * @param restricted whether some child of the figure is left out, a restricted record not open to the user
     */
    public record Figure(List<Child> counted, List<Child> notCounted, boolean restricted) {

        /** The whole list called {@link #COUNTED} or {@link #NOT_COUNTED}; null for any other name. */
        public @Nullable List<Child> list(@Nullable String name) {
            return COUNTED.equals(name) ? counted : NOT_COUNTED.equals(name) ? notCounted : null;
        }

        /** Both lists' pages, each sorted and paged as the address asks it to be. */
        public FigurePages pages(String path, Map<String, String> params, Map<String, ?> keep) {
            return new FigurePages(page(NAMED, counted, COUNTED, path, params, keep),
                    page(NAMED, notCounted, NOT_COUNTED, path, params, keep));
        }
    }

    /** The pages of a figure's two lists shown at once. */
    public record FigurePages(ListPage<Child> counted, ListPage<Child> notCounted) {

        /** The children on the pages shown: what the page's audit names. */
        public List<String> shown() {
            return shownOn(List.of(counted, notCounted));
        }
    }

    /** By child ID; or by name (A to Z, then by ID). */
    public static final Sorting<Child> NAMED = Sorting.by("id", Comparator.comparing(Child::id))
            .and("name", Comparator.comparing((Child c) -> c.name().toLowerCase(Locale.UK)).thenComparing(Child::id));

    /** By child ID only (the lists that name no child). */
    public static final Sorting<String> IDS = Sorting.by("id", Comparator.<String>naturalOrder());

    private ChildLists() {
    }

    /**
     * The figure's children: those in the numerator, and those in the denominator but not the numerator, each without
     * the {@code hidden} children (restricted records not open to the user), in the measure's order.
     */
    public static Figure figure(List<String> numerator, List<String> denominator, Set<String> hidden,
            Map<String, String> names) {
        var counted = numerator.stream().filter(c -> !hidden.contains(c)).toList();
        var numerated = Set.copyOf(numerator);
        var notCounted = denominator.stream().filter(c -> !numerated.contains(c) && !hidden.contains(c)).toList();
        boolean restricted = numerator.stream().anyMatch(hidden::contains)
                || denominator.stream().anyMatch(hidden::contains);
        return new Figure(named(counted, names), named(notCounted, names), restricted);
    }

    /** The children with their names; a child with no name known is shown by ID. */
    public static List<Child> named(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> new Child(id, names.getOrDefault(id, id))).toList();
    }

    /**
     * One list's page: the address's sort, order and page when its {@code list} parameter names this list, the
     * list's own order and first page when not. {@code keep} holds the page's other parameters (the year, the team).
     */
    public static <T> ListPage<T> page(Sorting<T> columns, List<T> rows, String list, String path,
            Map<String, String> params, Map<String, ?> keep) {
        boolean asked = list.equals(params.get("list"));
        var kept = new LinkedHashMap<String, Object>(keep);
        kept.put("list", list);
        return columns.page(rows, asked ? params.get("sort") : null, asked ? params.get("order") : null,
                asked ? params.get("page") : null, path, kept);
    }

    /** The IDs of the children on the pages shown, in order: what a page's audit names. */
    public static List<String> shownOn(List<ListPage<Child>> pages) {
        var out = new ArrayList<String>();
        pages.forEach(p -> p.items().forEach(c -> out.add(c.id())));
        return out;
    }

    /** The whole list as CSV rows (child ID and name), in the order asked for, as the page showed it. */
    public static List<List<String>> namedRows(List<Child> children, @Nullable String sort, @Nullable String order) {
        return NAMED.sorted(children, sort, order).stream().map(c -> List.of(c.id(), c.name())).toList();
    }

    /** The whole list of IDs as CSV rows, in the order asked for. */
    public static List<List<String>> idRows(List<String> ids, @Nullable String sort, @Nullable String order) {
        return IDS.sorted(ids, sort, order).stream().map(List::of).toList();
    }
}
