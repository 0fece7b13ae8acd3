package org.ourpromise.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.derivation.RecordsFromReturn;

/**
 * An SSDA903 return turned back into care records (for {@code import-903}), the inverse of
 * {@link Ssda903Derivation}.
 *
 * <p>One record per Header child. Facts the 903 does not carry get honest defaults: empty names (the
 * pages say "not recorded"), no NHS number, no disability, no team on a social-worker allocation, no
 * return-interview dates; OC2 answers become {@code HealthEvent}s with {@code fromReturn = true} dated
 * 31 March of the year (a 0 for "had a health assessment", "dental check", "substance misuse",
 * "convicted" or an intervention is simply no event; immunisation and development-check statuses keep
 * their 0 or 1; the SDQ score or reason keeps its value); an OC3 row becomes a {@code CareLeaverContact}
 * with {@code fromReturn = true} dated on the birthday it reports on (the one in the year); AD1 the
 * {@code adoption}; PlacedAdoption the adoption decisions; PrevPerm the previous permanence; Missing
 * the missing periods; SWEpisodes SOCIAL_WORKER allocations (SW_REASON as the change reason); DoLo the
 * deprivation of liberty orders; UASC {@code uascUntil} (DUC, or ongoing when blank).
 *
 * <p><b>Round trip.</b> For any return R that {@code Ssda903Derivation.derive(records, year, 0)}
 * produced, {@code derive(toRecords(R, year), year, 0)} gives R again, row for row. A return made
 * another way can hold rows that the derivation would never write; those do not survive, and
 * {@link #differences} lists them. In particular:
 * <ul>
 * <li>rows of a child missing from Header, and Header children with no episode in the year and no OC3
 *     row, are dropped (DfE scope, DOMAIN.md §1.2);</li>
 * <li>rows whose key date is unreadable (DECOM, REVIEW, DATE_INT, DATE_PLACED, MIS_START, SW_DECOM,
 *     DOLO_START, the Header DOB) and episodes ending on or before the day they start are dropped;</li>
 * <li>rows out of the year's scope: reviews or episodes of earlier years (a return read with history
 *     is imported whole, but re-derived for one year only), episodes or other dates after 31 March,
 *     an OC2 row for a child not in the OC2 cohort, OC3 rows for young people the derivation does not
 *     count as care leavers (still looked after on the birthday, last period ended by death,
 *     transfer or adoption) or aged 22–25 and not in touch, AD1 without an adoption (E11/E12) in the
 *     year, PrevPerm without a start (RNE S) in the year, SWEpisodes for a child not looked after at
 *     31 March;</li>
 * <li>values the derivation writes differently: a second row where the 903 allows one per child
 *     (Header, UASC, AD1, PrevPerm: the first wins), OC2 answers against the conventions (a
 *     CONVICTED answer under 10, HEALTH_CHECK at 5+, an SDQ reason beside a score or an SDQ outside
 *     ages 4–16, intervention answers without misuse), SEX codes of the wrong era (M/F before 2024-25
 *     come back as 1/2), MOTHER for a boy, a reversal reason without a reversal date, an OC3 row whose
 *     DOB differs from Header;</li>
 * <li>missing rows the derivation would add: an OC2 row for a cohort child without one, an OC3 row
 *     (NO, 0, 0) for a care leaver without one.</li>
 * </ul>
 */
public final class ReturnToRecords {

    private ReturnToRecords() {
    }

    public static List<ChildRecord> toRecords(Ssda903Return ret, int year) {
        return RecordsFromReturn.toRecords(ret, year);
    }

    /**
     * What a return loses and gains on the way through the record: the rows of {@code ret} that
     * {@code derive(toRecords(ret, year), year, 0)} does not give back ({@code lost}, with their source
     * row numbers), and the rows it gives that {@code ret} does not have ({@code added}). Both are
     * empty for a return the derivation produced.
     */
    public static RoundTripDifferences differences(Ssda903Return ret, int year) {
        return differences(ret, year, 0);
    }

    /**
     * As {@link #differences(Ssda903Return, int)}, for a return holding {@code history} earlier years too (as
     * {@code generate --history K} writes it): compared with {@code derive(toRecords(ret, year), year, history)}.
     */
    public static RoundTripDifferences differences(Ssda903Return ret, int year, int history) {
        var again = Ssda903Derivation.derive(toRecords(ret, year), year, history);
        var lost = new ArrayList<Ssda903Row>();
        var added = new ArrayList<Ssda903Row>();
        for (var table : Ssda903Table.values()) {
            var counts = new HashMap<Ssda903Row, Integer>();
            for (var row : again.rows(table)) {
                counts.merge(row, 1, Integer::sum);
            }
            for (var row : ret.rows(table)) {
                if (counts.merge(row, -1, Integer::sum) < 0) {
                    lost.add(row);
                }
            }
            var remaining = new HashMap<Ssda903Row, Integer>();
            for (var row : ret.rows(table)) {
                remaining.merge(row, 1, Integer::sum);
            }
            for (var row : again.rows(table)) {
                if (remaining.merge(row, -1, Integer::sum) < 0) {
                    added.add(row);
                }
            }
        }
        return new RoundTripDifferences(lost, added);
    }

    /** Rows a return loses ({@code lost}) and gains ({@code added}) on the way through the record. */
    public record RoundTripDifferences(List<Ssda903Row> lost, List<Ssda903Row> added) {

        public RoundTripDifferences {
            lost = List.copyOf(lost);
            added = List.copyOf(added);
        }

        public boolean isEmpty() {
            return lost.isEmpty() && added.isEmpty();
        }
    }
}
