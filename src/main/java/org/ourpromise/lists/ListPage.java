package org.ourpromise.lists;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page of a sorted list, and the links a page needs to move through it without JavaScript: a sort link per
 * column header (with its aria-sort), numbered page links and "Showing 1 to 50 of 312". Made by {@link Sorting},
 * which has already checked the sort and page asked for; the links keep the page's other parameters
 * ({@code keep}, e.g. the search words or filters).
 *
 * @param page 1-based, within 1..pages
 * @param descendingFirst the columns whose first click sorts largest or latest first (dates, counts)
 */
public record ListPage<T>(List<T> items, int total, int page, int size, String sort, boolean descending,
        String path, Map<String, List<String>> keep, Set<String> descendingFirst) {

    public ListPage {
        items = List.copyOf(items);
        keep = new LinkedHashMap<>(keep);
        descendingFirst = Set.copyOf(descendingFirst);
    }

    /** A page whose columns all sort A to Z or oldest first on their first click. */
    public ListPage(List<T> items, int total, int page, int size, String sort, boolean descending, String path,
            Map<String, List<String>> keep) {
        this(items, total, page, size, sort, descending, path, keep, Set.of());
    }

    /** The parameters to keep in every link: a value is a String, or a collection of them (a repeated parameter). */
    static Map<String, List<String>> keeping(Map<String, ?> params) {
        var out = new LinkedHashMap<String, List<String>>();
        params.forEach((k, v) -> {
            if (v instanceof java.util.Collection<?> c) {
                out.put(k, c.stream().map(String::valueOf).toList());
            } else if (v != null && !String.valueOf(v).isEmpty()) {
                out.put(k, List.of(String.valueOf(v)));
            }
        });
        return out;
    }

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The position of the first item shown (1-based), or 0 when the list is empty. */
    public int first() {
        return total == 0 ? 0 : (page - 1) * size + 1;
    }

    public int last() {
        return Math.min(total, page * size);
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** True when the list does not fit one page, so "Showing x to y of n" and the page links are needed. */
    public boolean isPaged() {
        return total > size;
    }

    /**
     * The header's link: sorts by this column, the other way round when it is the column sorted by already;
     * otherwise A to Z or oldest first, except a column declared largest or latest first.
     */
    public String sortLink(String column) {
        boolean desc = column.equals(sort) ? !descending : descendingFirst.contains(column);
        return link(path, column, desc, 1);
    }

    /** The header's aria-sort value: ascending, descending or none. */
    public String ariaSort(String column) {
        return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }

    public String pageLink(int n) {
        return link(path, sort, descending, n);
    }

    /** The address of the whole list at {@code csvPath} (its CSV), in this order and with the same filters. */
    public String wholeListAt(String csvPath) {
        return link(csvPath, sort, descending, 1);
    }

    /** The numbers to offer: the first, the last, and the pages either side of this one; null for a gap ("⋯"). */
    public List<Integer> pageNumbers() {
        var out = new ArrayList<Integer>();
        int n = pages();
        for (int p = 1; p <= n; p++) {
            if (p == 1 || p == n || Math.abs(p - page) <= 1) {
                out.add(p);
            } else if (!out.isEmpty() && out.get(out.size() - 1) != null) {
                out.add(null);
            }
        }
        return out;
    }

    /** The address with these parameters and the kept ones; the default sort still named, so links are plain. */
    private String link(String at, String column, boolean desc, int n) {
        var params = new LinkedHashMap<>(keep);
        params.put("sort", List.of(column));
        params.put("order", List.of(desc ? "desc" : "asc"));
        if (n > 1) {
            params.put("page", List.of(Integer.toString(n)));
        }
        var out = new StringBuilder(at);
        char sep = at.contains("?") ? '&' : '?';
        for (var e : params.entrySet()) {
            for (String v : e.getValue()) {
                out.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        return out.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
