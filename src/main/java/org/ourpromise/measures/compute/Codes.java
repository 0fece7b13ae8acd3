package org.ourpromise.measures.compute;

import java.util.Locale;
import org.ourpromise.returns.Ssda903Row;

/** Codes are compared trimmed and upper-cased (MEASURES.md §0). */
final class Codes {

    private Codes() {
    }

    static String code(Ssda903Row row, String column) {
        return row.get(column).strip().toUpperCase(Locale.ROOT);
    }
}
