package org.ourpromise.returns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of the SSDA903 return (DOMAIN.md §1.2), with their DfE column order and the
 * collection years in which they exist. A CSV file is recognised by its header row, not its name.
 */
public enum Ssda903Table {
    HEADER("Header", "header.csv", 0,
            "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
    EPISODES("Episodes", "episodes.csv", 0,
            "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"),
    REVIEWS("Reviews", "reviews.csv", 0,
            "CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
    UASC("UASC", "uasc.csv", 0,
            "CHILD", "SEX", "DOB", "DUC"),
    OC2("OC2", "oc2.csv", 0,
            "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
            "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
            "INTERVENTION_OFFERED"),
    OC3("OC3", "oc3.csv", 0,
            "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
    AD1("AD1", "ad1.csv", 0,
            "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
            "LS_ADOPTR"),
    PLACED_ADOPTION("PlacedAdoption", "placed_for_adoption.csv", 0,
            "CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
    PREV_PERM("PrevPerm", "prev_perm.csv", 0,
            "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
    MISSING("Missing", "missing.csv", 0,
            "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
    /** Social worker episodes, collected from 2023-24. */
    SW_EPISODES("SWEpisodes", "social_worker.csv", 2024,
            "CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
    /** Deprivation of Liberty Orders, collected from 2026-27. */
    DOLO("DoLo", "dolo.csv", 2027,
            "CHILD", "DOB", "DOLO_START", "DOLO_END");

    private final String dfeName;
    private final String fileName;
    private final int firstYear;
    private final List<String> columns;
    private final Map<String, Integer> columnIndex;
    private final String[] columnNames;

    Ssda903Table(String dfeName, String fileName, int firstYear, String... columns) {
        this.dfeName = dfeName;
        this.fileName = fileName;
        this.firstYear = firstYear;
        this.columns = List.of(columns);
        var index = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < columns.length; i++) {
            index.put(columns[i], i);
        }
        this.columnIndex = Map.copyOf(index);
        this.columnNames = columns.clone();
    }

    /** The table's name as DfE and the rule catalogue write it (Episodes, PlacedAdoption, ...). */
    public String dfeName() {
        return dfeName;
    }

    /** The file name Promise writes this table to. */
    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    /** Position of a column, or -1 when the table has no such column. */
    public int indexOf(String column) {
        // Rules name columns with string literals, the same instances as these names: comparing
        // references over at most 13 columns is several times faster than a map lookup, and every
        // rule reads columns of every row.
        for (int i = 0; i < columnNames.length; i++) {
            if (columnNames[i] == column) {
                return i;
            }
        }
        return columnIndex.getOrDefault(column, -1);
    }

    /** Whether the table is part of the return for the collection year ending 31 March {@code year}. */
    public boolean collectedIn(int year) {
        return year >= firstYear;
    }

    public static List<Ssda903Table> collectedInYear(int year) {
        var tables = new ArrayList<Ssda903Table>();
        for (var t : values()) {
            if (t.collectedIn(year)) {
                tables.add(t);
            }
        }
        return tables;
    }

    public static Optional<Ssda903Table> fromDfeName(String name) {
        for (var t : values()) {
            if (t.dfeName.equalsIgnoreCase(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The table whose columns are exactly the given header's (any order, any case). Header and UASC
     * share columns, so only an exact match is accepted.
     */
    public static Optional<Ssda903Table> recognise(List<String> header) {
        Set<String> names = new HashSet<>();
        for (var h : header) {
            names.add(h.strip().toUpperCase(Locale.ROOT));
        }
        for (var t : values()) {
            if (names.equals(new HashSet<>(t.columns))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
