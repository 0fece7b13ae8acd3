package org.ourpromise.returns;

import java.util.List;
import org.ourpromise.record.ChildRecord;

/** Placeholder: the real derivation of the 903 return from the record is on the derivation branch. */
public final class Ssda903Derivation {

    private Ssda903Derivation() {
    }

    public static Ssda903Return derive(List<ChildRecord> records, int year, int historyYears) {
        throw new UnsupportedOperationException("derivation is on the derivation branch");
    }
}
