package org.ourpromise.returns.derivation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.CareLeaverContactWindow;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/** Writes the SSDA903 tables of a collection span from children's records, child by child in CHILD order. */
public final class ReturnDerivation {

    private ReturnDerivation() {
    }

    public static Map<Ssda903Table, List<Ssda903Row>> derive(List<ChildRecord> records, CollectionSpan span,
            CareLeaverContactWindow window) {
        var sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(ChildRecord::childId));
        var rows = new ChildRows();
        for (var c : sorted) {
            new ChildDerivation(c, span, window, rows).write();
        }
        return rows.tables();
    }
}
