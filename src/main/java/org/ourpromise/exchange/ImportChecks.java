package org.ourpromise.exchange;

import static org.ourpromise.returns.Ssda903Table.AD1;
import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.HEADER;
import static org.ourpromise.returns.Ssda903Table.MISSING;
import static org.ourpromise.returns.Ssda903Table.OC3;
import static org.ourpromise.returns.Ssda903Table.PLACED_ADOPTION;
import static org.ourpromise.returns.Ssda903Table.PREV_PERM;
import static org.ourpromise.returns.Ssda903Table.REVIEWS;
import static org.ourpromise.returns.Ssda903Table.SW_EPISODES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.ReturnToRecords.RoundTripDifferences;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * What must be true of a return before any of it is imported: readable keys and dates, codes from
 * the lists, values that fit the record, and nothing the record could not give back. Problems are
 * worded "file, row N, column C: what is wrong".
 */
final class ImportChecks {

    /** Date columns, and which of them every row must have. */
    private static final Map<Ssda903Table, List<String>> DATES = Map.of(
            HEADER, List.of("DOB", "MC_DOB"),
            EPISODES, List.of("DECOM", "DEC"),
            REVIEWS, List.of("DOB", "REVIEW"),
            Ssda903Table.UASC, List.of("DOB", "DUC"),
            Ssda903Table.OC2, List.of("DOB"),
            OC3, List.of("DOB"),
            AD1, List.of("DOB", "DATE_INT", "DATE_MATCH"),
            PLACED_ADOPTION, List.of("DOB", "DATE_PLACED", "DATE_PLACED_CEASED"),
            MISSING, List.of("DOB", "MIS_START", "MIS_END"),
            SW_EPISODES, List.of("DOB", "SW_DECOM", "SW_DEC"));

    private static final Set<String> REQUIRED_DATES = Set.of("DOB", "DECOM", "REVIEW", "DATE_INT", "DATE_PLACED",
            "MIS_START", "SW_DECOM", "DOLO_START");

    private static final String CHILD_ID = "[A-Za-z0-9_-]{1,40}";

    private ImportChecks() {
    }

    /** The collection year the return is for: the one holding its latest event date. */
    static OptionalInt collectionYear(Ssda903Return ret) {
        return eventYear(ret, true);
    }

    /** The collection year of the return's earliest event date: where a multi-year folder's history starts. */
    static OptionalInt earliestYear(Ssda903Return ret) {
        return eventYear(ret, false);
    }

    private static OptionalInt eventYear(Ssda903Return ret, boolean latestWanted) {
        LocalDate latest = null;
        for (var entry : DATES.entrySet()) {
            for (var row : ret.rows(entry.getKey())) {
                for (var column : entry.getValue()) {
                    if (column.equals("DOB")) {
                        continue;
                    }
                    var d = row.date(column);
                    if (d != null && (latest == null || (latestWanted ? d.isAfter(latest) : d.isBefore(latest)))) {
                        latest = d;
                    }
                }
            }
        }
        return latest == null ? OptionalInt.empty() : OptionalInt.of(Ssda903Dates.collectionYearOf(latest));
    }

    static List<String> rowProblems(Ssda903Return ret, int year) {
        var problems = new ArrayList<String>();
        for (var table : Ssda903Table.values()) {
            for (var row : ret.rows(table)) {
                checkRow(row, year, problems);
            }
        }
        return problems;
    }

    private static void checkRow(Ssda903Row row, int year, List<String> problems) {
        checkIdAndDates(row, problems);
        checkCodes(row, year, problems);
    }

    private static void checkIdAndDates(Ssda903Row row, List<String> problems) {
        if (!row.child().matches(CHILD_ID)) {
            problems.add(where(row, "CHILD") + "'" + row.child() + "' is not a usable child ID (1 to 40 letters, digits,"
                    + " hyphens or underscores)");
        }
        for (var column : DATES.getOrDefault(row.table(), List.of("DOB"))) {
            String text = row.get(column);
            if (text.isEmpty() && REQUIRED_DATES.contains(column)) {
                problems.add(where(row, column) + "is blank; every " + row.table().dfeName() + " row needs it");
            } else if (!text.isEmpty() && !Ssda903Dates.isValid(text)) {
                problems.add(where(row, column) + "'" + text + "' is not a date written dd/mm/yyyy");
            }
        }
    }

    /** Each table's coded fields against the DfE code lists of the return's year. */
    private static void checkCodes(Ssda903Row row, int year, List<String> problems) {
        switch (row.table()) {
            case HEADER -> {
                code(row, "SEX", CodeList.SEX, year, true, problems);
                code(row, "ETHNIC", CodeList.ETHNIC, year, true, problems);
                length(row, "UPN", 13, problems);
            }
            case EPISODES -> checkEpisode(row, year, problems);
            case REVIEWS -> code(row, "REVIEW_CODE", CodeList.REVIEW_CODE, year, true, problems);
            case MISSING -> code(row, "MISSING", CodeList.MISSING, year, true, problems);
            case OC3 -> {
                code(row, "IN_TOUCH", CodeList.IN_TOUCH, year, false, problems);
                code(row, "ACTIV", CodeList.ACTIV, year, false, problems);
                length(row, "ACCOM", 2, problems);
            }
            case PLACED_ADOPTION -> code(row, "REASON_PLACED_CEASED", CodeList.REASON_PLACED_CEASED, year, false, problems);
            case AD1 -> {
                code(row, "NB_ADOPTR", CodeList.NB_ADOPTR, year, true, problems);
                code(row, "SEX_ADOPTR", CodeList.SEX_ADOPTR, year, true, problems);
                code(row, "LS_ADOPTR", CodeList.LS_ADOPTR, year, true, problems);
            }
            case PREV_PERM -> {
                code(row, "PREV_PERM", CodeList.PREV_PERM, year, true, problems);
                length(row, "LA_PERM", 3, problems);
                length(row, "DATE_PERM", 10, problems);
            }
            case SW_EPISODES -> code(row, "SW_REASON", CodeList.SW_REASON, year, false, problems);
            default -> {
                // OC2 flags, UASC and DoLo hold only dates and 0/1 answers, checked by validate-903
            }
        }
    }

    private static void checkEpisode(Ssda903Row row, int year, List<String> problems) {
        code(row, "RNE", CodeList.RNE, year, true, problems);
        code(row, "LS", CodeList.LS, year, true, problems);
        code(row, "CIN", CodeList.CIN, year, true, problems);
        code(row, "PLACE_PROVIDER", CodeList.PLACE_PROVIDER, year, false, problems);
        code(row, "REC", CodeList.REC, year, false, problems);
        code(row, "REASON_PLACE_CHANGE", CodeList.REASON_PLACE_CHANGE, year, false, problems);
        // A placement code is right for the year the episode began or for the return's year
        // (2025-26 dropped H5, P2 and Z1; an episode begun before then may carry them).
        var decom = row.date("DECOM");
        String place = row.get("PLACE");
        if (!CodeList.PLACE.isValid(place, year)
                && (decom == null || !CodeList.PLACE.isValid(place, Ssda903Dates.collectionYearOf(decom)))) {
            problems.add(where(row, "PLACE") + "'" + place + "' is not a placement type");
        }
        var dec = row.date("DEC");
        if (decom != null && dec != null && !dec.isAfter(decom)) {
            problems.add(where(row, "DEC") + "the episode must end after the day it began (" + row.get("DECOM") + ")");
        }
        length(row, "HOME_POST", 8, problems);
        length(row, "PL_POST", 8, problems);
        length(row, "URN", 8, problems);
    }

    /**
     * Rows of this year the record could not give back: importing them would lose them silently,
     * so they stop the import. Rows dated before the year are history and are kept.
     */
    static List<String> unkeepableRows(RoundTripDifferences differences, int year) {
        var start = Ssda903Dates.collectionStart(year);
        var problems = new ArrayList<String>();
        for (var row : differences.lost()) {
            var key = keyDate(row);
            if (key != null && key.isBefore(start)) {
                continue;
            }
            problems.add(row.source() + ", row " + row.rowNumber() + ": this " + row.table().dfeName()
                    + " row is not one a " + (year - 1) + "-" + String.format("%02d", year % 100)
                    + " return holds for this child (out of DfE scope, or it disagrees with the child's other rows),"
                    + " so it could not be exported again; correct or remove it");
        }
        return problems;
    }

    private static LocalDate keyDate(Ssda903Row row) {
        return switch (row.table()) {
            case EPISODES -> row.date("DEC") != null ? row.date("DEC") : row.date("DECOM");
            case REVIEWS -> row.date("REVIEW");
            case MISSING -> row.date("MIS_END") != null ? row.date("MIS_END") : row.date("MIS_START");
            case SW_EPISODES -> row.date("SW_DECOM");
            default -> null;
        };
    }

    private static void code(Ssda903Row row, String column, CodeList list, int year, boolean required,
            List<String> problems) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                problems.add(where(row, column) + "is blank; it must be a code from the " + (year - 1) + "-"
                        + String.format("%02d", year % 100) + " list");
            }
        } else if (!list.isValid(v, year)) {
            problems.add(where(row, column) + "'" + v + "' is not a code of the " + (year - 1) + "-"
                    + String.format("%02d", year % 100) + " list");
        }
    }

    private static void length(Ssda903Row row, String column, int max, List<String> problems) {
        if (row.get(column).length() > max) {
            problems.add(where(row, column) + "'" + row.get(column) + "' is longer than " + max + " characters");
        }
    }

    private static String where(Ssda903Row row, String column) {
        return row.source() + ", row " + row.rowNumber() + ", column " + column + ": ";
    }
}
