package org.ourpromise.retention;

import java.sql.DatabaseMetaData;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Anonymises a child's record past its date (decision 0082): the name, identifiers and exact dates of birth go (a
 * date of birth becomes 1 July of its year), postcodes keep only their district, and free text (any text column of
 * 200 characters or more, in any table about a child) is replaced. Every row stays, with its dates and codes, so
 * episodes, placements and the measures built on them are still counted. Tables are found from the database's own
 * catalogue, so a room added later is covered without being named here; the audit log is left as it is.
 */
@Component
class Anonymiser {

    static final String REMOVED = "[removed]";
    static final int FREE_TEXT_LENGTH = 200;
    /**
     * Columns naming a person other than staff that are shorter than free text: a carer, whoever asked for the
     * child's records (a parent, the young person), whoever nominated the child for an award (often a carer).
     */
    static final Set<String> PERSON_NAMES = Set.of("carer", "requester_name", "nominated_by");
    /**
     * Free text about the child in tables that reach the child through another table, not a child_id of their own:
     * what was withheld from a request for records, and why.
     */
    static final Map<String, String> THROUGH = Map.of("records_request_withheld",
            "request_id in (select request_id from records_request where child_id = ?)");
    static final Set<String> LEFT_ALONE = Set.of("audit_event");

    private final JdbcTemplate jdbc;

    Anonymiser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Anonymises the record in the caller's transaction; the number of values changed. */
    int anonymise(String childId, LocalDate today) {
        int changed = jdbc.update("update child set given_name = 'Anonymised', family_name = 'record', upn = null,"
                + " nhs_number = null, anonymised_on = ?, version = version + 1 where child_id = ?", today, childId);
        changed += jdbc.update("update child set date_of_birth = ? where child_id = ?",
                midYear(jdbc.queryForObject("select date_of_birth from child where child_id = ?", LocalDate.class,
                        childId)), childId);
        var childsBirth = jdbc.queryForList("select childs_birth from child where child_id = ? and childs_birth is not null",
                LocalDate.class, childId);
        for (var d : childsBirth) {
            changed += jdbc.update("update child set childs_birth = ? where child_id = ?", midYear(d), childId);
        }
        for (var table : textColumns().entrySet()) {
            for (var column : table.getValue()) {
                changed += jdbc.update(statement(table.getKey(), column), childId);
            }
        }
        changed += jdbc.update("update records_request_withheld set what = '" + REMOVED + "', why = '" + REMOVED
                + "' where " + THROUGH.get("records_request_withheld"), childId);
        return changed;
    }

    private static LocalDate midYear(LocalDate date) {
        return LocalDate.of(date.getYear(), 7, 1);
    }

    private static String statement(String table, Column column) {
        String c = column.name();
        if (c.contains("postcode")) {
            // a full postcode's inward part is always three characters: keep the district before it
            return "update " + table + " set " + c + " = trim(substring(trim(" + c + "), 1, length(trim(" + c + ")) - 3))"
                    + " where child_id = ? and length(trim(" + c + ")) > 4";
        }
        return "update " + table + " set " + c + " = '" + REMOVED + "' where child_id = ? and " + c + " is not null";
    }

    /** A text column to anonymise. */
    record Column(String name) {
    }

    /** In every table with a child_id: postcodes, person names and free text, by table. */
    Map<String, List<Column>> textColumns() {
        var byTable = new LinkedHashMap<String, List<Column>>();
        var withChild = new ArrayList<String>();
        jdbc.execute((ConnectionCallback<Void>) con -> {
            DatabaseMetaData meta = con.getMetaData();
            String schema = con.getSchema();
            try (var rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (!table.matches("[a-z0-9_]+") || !column.matches("[a-z0-9_]+") || LEFT_ALONE.contains(table)) {
                        continue;
                    }
                    if (column.equals("child_id")) {
                        withChild.add(table);
                    } else if (isText(rs.getInt("DATA_TYPE")) && anonymised(column, rs.getInt("COLUMN_SIZE"))) {
                        byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(new Column(column));
                    }
                }
            }
            return null;
        });
        byTable.keySet().retainAll(withChild);
        return byTable;
    }

    private static boolean isText(int type) {
        return type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB || type == Types.LONGVARCHAR
                || type == Types.NVARCHAR;
    }

    private static boolean anonymised(String column, int size) {
        return column.contains("postcode") || PERSON_NAMES.contains(column) || size >= FREE_TEXT_LENGTH;
    }
}
