package org.ourpromise.returns;

import java.util.List;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.derivation.CollectionSpan;
import org.ourpromise.returns.derivation.ReturnDerivation;

/**
 * The SSDA903 return derived from the care record (DESIGN.md: the return is derived, never stored).
 *
 * <p>Scope, as DfE scopes it (DOMAIN.md §1.2, §1.3, §2.6, §2.7, §3.3), for the collection year ending
 * 31 March {@code year}:
 * <ul>
 * <li>Header: children with an episode in the year (short breaks too) and care leavers with an OC3
 *     row; every other table holds only Header children.</li>
 * <li>Episodes, Reviews, Missing: those in the year; an episode or missing period ending after 31 March
 *     is written open. PrevPerm: children starting a period of care (RNE S) in the year.</li>
 * <li>UASC, OC2, OC3, AD1, PlacedAdoption, SWEpisodes (from 2024), DoLo (from 2027): see the package
 *     {@code returns.derivation}; OC2 uses the cohort of MEASURES.md §4, OC3 the 13-week test of
 *     DOMAIN.md §3.3 and a contact window around the birthday ({@link CareLeaverContactWindow}).</li>
 * </ul>
 * With {@code historyYears} K, the episodes, reviews, missing periods and previous-permanence rows of
 * the K collection years before are added to the same tables (and their children to Header), as
 * {@code generate --history K} and the 3-year adoption measures need.
 *
 * <p>Every table's rows are in CHILD order, then by the table's date (DECOM, REVIEW, DATE_PLACED,
 * MIS_START, SW_DECOM, DOLO_START), so the same records always give the same return.
 */
public final class Ssda903Derivation {

    private Ssda903Derivation() {
    }

    public static Ssda903Return derive(List<ChildRecord> records, int year, int historyYears) {
        return derive(records, year, historyYears, CareLeaverContactWindow.DEFAULT);
    }

    public static Ssda903Return derive(List<ChildRecord> records, int year, int historyYears,
            CareLeaverContactWindow window) {
        return Ssda903Return.of(ReturnDerivation.derive(records, CollectionSpan.of(year, historyYears), window));
    }
}
