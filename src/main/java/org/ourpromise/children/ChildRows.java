package org.ourpromise.children;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reading the tables that hang off {@code child}: one child's rows, or everyone's grouped by child
 * in a single query (exports and worklists read the whole council at once, never child by child).
 */
public final class ChildRows {

    private ChildRows() {
    }

    /**
     * Rows of {@code table} grouped by child_id, ordered by {@code orderBy}; only {@code childId}'s
     * when it is given.
     */
    public static <T> Map<String, List<T>> byChild(JdbcTemplate jdbc, String table, String orderBy,
            @Nullable String childId, RowMapper<T> mapper) {
        var map = new HashMap<String, List<T>>();
        String sql = "select * from " + table + (childId == null ? "" : " where child_id = ?")
                + " order by child_id, " + orderBy;
        Object[] args = childId == null ? new Object[0] : new Object[] {childId};
        int[] rowNum = {0};
        jdbc.query(sql, rs -> {
            map.computeIfAbsent(rs.getString("child_id"), k -> new ArrayList<>()).add(mapper.mapRow(rs, rowNum[0]++));
        }, args);
        return map;
    }

    /** One JDBC batch row per item of every child, in child order. */
    public static <T> List<Object[]> batch(Map<String, List<T>> byChild, java.util.function.BiFunction<String, T, Object[]> row) {
        var rows = new ArrayList<Object[]>();
        byChild.forEach((childId, items) -> items.forEach(item -> rows.add(row.apply(childId, item))));
        return rows;
    }

    public static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static @Nullable Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }
}
