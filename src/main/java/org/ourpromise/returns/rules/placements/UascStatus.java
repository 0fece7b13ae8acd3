package org.ourpromise.returns.rules.placements;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.returns.Ssda903Row;

/**
 * Whether a child was an unaccompanied asylum-seeking child (UASC) in a collection year. The XML
 * return carries a UASC flag on the Header; the CSV return has no flag, only the UASC table of
 * children who were UASC at some time with the date the status ceased (DUC). Promise reads the flag
 * as: the child has a UASC row and the status had not ceased before the year began (DUC blank or on
 * or after 1 April). UNCONFIRMED: DfE's own CSV derivation is not published; this choice makes rules
 * 205A–D and 303 checkable from CSV files.
 */
final class UascStatus {

    private UascStatus() {
    }

    static boolean inYear(List<Ssda903Row> uascRows, LocalDate yearStart) {
        for (var row : uascRows) {
            if (row.isBlank("DUC")) {
                return true;
            }
            var ceased = row.date("DUC");
            // an unreadable DUC is reported by its own rule; the child keeps the status here
            if (ceased == null || !ceased.isBefore(yearStart)) {
                return true;
            }
        }
        return false;
    }

    static Ssda903Row first(List<Ssda903Row> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
