package org.ourpromise.lists;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The columns a list can be sorted by, and how a request's {@code sort}, {@code order} and {@code page} become a
 * {@link ListPage}. Parameters come from the address bar, so anything unknown falls back quietly: an unknown column
 * to the default, an order other than asc/desc to the column's usual one, a page that is not a number to the first,
 * a page past the end to the last. Ties keep the order the list came in (the sort is stable).
 */
public final class Sorting<T> {

    /** Rows per page: about a screen and a half of a GOV.UK table. */
    public static final int PAGE_SIZE = 50;

    private final Map<String, Comparator<T>> columns = new LinkedHashMap<>();
    private final Map<String, Boolean> newestFirst = new LinkedHashMap<>();
    private String defaultColumn = "";
    private boolean defaultDescending;

    private Sorting() {
    }

    /** A list sorted by {@code column} unless asked otherwise. */
    public static <T> Sorting<T> by(String column, Comparator<T> order) {
        var s = new Sorting<T>();
        s.defaultColumn = column;
        return s.and(column, order);
    }

    /** A list sorted by {@code column}, largest or latest first, unless asked otherwise. */
    public static <T> Sorting<T> byDescending(String column, Comparator<T> order) {
        var s = Sorting.<T>by(column, order);
        s.defaultDescending = true;
        s.newestFirst.put(column, true);
        return s;
    }

    public Sorting<T> and(String column, Comparator<T> order) {
        columns.put(column, order);
        return this;
    }

    /** A column whose first click sorts largest or latest first (dates, counts). */
    public Sorting<T> andDescending(String column, Comparator<T> order) {
        newestFirst.put(column, true);
        return and(column, order);
    }

    /** Sorts the whole list as asked (for its CSV, which follows the page's order). */
    public List<T> sorted(List<T> all, @Nullable String sort, @Nullable String order) {
        String column = column(sort);
        return sorted(all, column, descending(column, order));
    }

    /** One page of the list, sorted as asked. */
    public ListPage<T> page(List<T> all, @Nullable String sort, @Nullable String order, @Nullable String page,
            String path, Map<String, ?> keep) {
        return page(all, sort, order, page, path, keep, PAGE_SIZE);
    }

    public ListPage<T> page(List<T> all, @Nullable String sort, @Nullable String order, @Nullable String page,
            String path, Map<String, ?> keep, int size) {
        String column = column(sort);
        boolean desc = descending(column, order);
        var rows = sorted(all, column, desc);
        int pages = Math.max(1, (rows.size() + size - 1) / size);
        int n = Math.min(pageNumber(page), pages);
        var shown = rows.subList((n - 1) * size, Math.min(rows.size(), n * size));
        return new ListPage<>(shown, rows.size(), n, size, column, desc, path, ListPage.keeping(keep),
                newestFirst.keySet());
    }

    /** A page number from the address: 1 unless it is a whole number of at least 1. */
    public static int pageNumber(@Nullable String page) {
        if (page == null || !page.matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(page));
    }

    private String column(@Nullable String sort) {
        return sort != null && columns.containsKey(sort) ? sort : defaultColumn;
    }

    private boolean descending(String column, @Nullable String order) {
        if ("asc".equals(order)) {
            return false;
        }
        if ("desc".equals(order)) {
            return true;
        }
        return column.equals(defaultColumn) ? defaultDescending : newestFirst.getOrDefault(column, false);
    }

    private List<T> sorted(List<T> all, String column, boolean desc) {
        Comparator<T> order = columns.get(column);
        return all.stream().sorted(desc ? order.reversed() : order).toList();
    }
}
