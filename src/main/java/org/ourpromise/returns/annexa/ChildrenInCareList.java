package org.ourpromise.returns.annexa;

import static org.ourpromise.returns.annexa.AnnexAValues.yesNo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.record.Visit;
import org.ourpromise.returns.AnnexAList;
import org.ourpromise.returns.AnnexARow;
import org.ourpromise.returns.derivation.Ages;

/**
 * Annex A List 8 (DOMAIN.md §4): every child in care at the end of the as-at date, and every child whose
 * care ended in the 6 months before it, from the date exactly 6 months before (inclusive) to the as-at
 * date itself. For a child who ceased, the row describes the period that ended.
 *
 * <p>Not held in the record, left blank: permanence plan (the record holds the date a plan was made,
 * not which plan), last IRO visit or contact, placement location (in or out of the council's area) and
 * the local authority of the placement (both need a postcode-to-authority lookup).
 */
public final class ChildrenInCareList {

    private ChildrenInCareList() {
    }

    /** The rows of the children in the list, in child ID order. */
    public static List<AnnexARow> of(List<ChildRecord> children, LocalDate asAt) {
        var rows = new ArrayList<AnnexARow>();
        var sixMonthsBefore = asAt.minusMonths(6);
        for (var child : children) {
            var care = new CareAt(child, asAt);
            if (care.isEmpty()) {
                continue;
            }
            var ended = care.latest().end();
            if (ended == null || !ended.isBefore(sixMonthsBefore)) {
                rows.add(row(child, care));
            }
        }
        rows.sort(Comparator.comparing(AnnexARow::childId));
        return rows;
    }

    private static AnnexARow row(ChildRecord child, CareAt care) {
        var asAt = care.asAt;
        var who = child.identity();
        var period = care.latest();
        var episode = care.latestEpisode();
        var ended = period.end();
        var values = new ArrayList<Object>(AnnexAList.CHILDREN_IN_CARE.columns().size());
        values.add(child.childId());
        values.add(AnnexAValues.gender(who.sex()));
        values.add(AnnexAValues.ethnicity(who.ethnicity()));
        values.add(child.dateOfBirth());
        values.add(Ages.on(child.dateOfBirth(), asAt));
        values.add(yesNo(child.uascUntil() != null && !child.uascUntil().isBefore(asAt.minusYears(1))));
        values.add(yesNo(who.disabled()));
        values.add(period.start());
        values.add(period.episodes().get(0).categoryOfNeed());
        values.add(yesNo(care.secondPeriodInLastYear()));
        values.add(care.currentLegalStatusStart());
        values.add(episode.legalStatus());
        values.add(orBlank(CareAt.latest(child.reviews().stream().map(ReviewHeld::date).toList(), period.start(), asAt)));
        values.add(orBlank(CareAt.latest(child.visits().stream().map(Visit::date).toList(), period.start(), asAt)));
        values.add(""); // permanence plan: not held
        values.add(""); // last IRO visit / contact: not held
        values.add(orBlank(latestHealth(child, HealthEvent.Kind.HEALTH_ASSESSMENT, asAt)));
        values.add(orBlank(latestHealth(child, HealthEvent.Kind.DENTAL_CHECK, asAt)));
        values.add(care.placementsInLastYear());
        values.add(orBlank(ended));
        values.add(ended == null ? "" : nonNull(period.endReason()));
        values.add(care.latestPlacementStart());
        values.add(episode.placement());
        values.add(nonNull(episode.provider()));
        values.add(nonNull(episode.placementPostcode()));
        values.add(nonNull(episode.urn()));
        values.add(""); // placement location: not held
        values.add(""); // local authority of placement: not held
        missing(child, asAt, values);
        var worker = CareAt.allocation(child, Allocation.Role.SOCIAL_WORKER, ended == null ? asAt : ended);
        values.add(worker == null ? "" : worker.team());
        values.add(worker == null ? "" : worker.workerId());
        return new AnnexARow(AnnexAList.CHILDREN_IN_CARE, values);
    }

    /**
     * Missing (M) and absent (A, away without authorisation) episodes that started in the 12 months up to
     * the as-at date, and the return interview after the last missing one: offered (a date on or before
     * the as-at date), accepted (held: yes; declined: no; otherwise blank, not yet known).
     */
    private static void missing(ChildRecord child, LocalDate asAt, List<Object> values) {
        var from = asAt.minusYears(1);
        int missing = 0;
        int absent = 0;
        MissingEpisode last = null;
        for (var m : child.missing()) {
            if (!m.started().isAfter(from) || m.started().isAfter(asAt)) {
                continue;
            }
            if (m.type().equals("M")) {
                missing++;
                if (last == null || m.started().isAfter(last.started())) {
                    last = m;
                }
            } else if (m.type().equals("A")) {
                absent++;
            }
        }
        values.add(missing);
        values.add(absent);
        if (last == null) {
            values.add("");
            values.add("");
            return;
        }
        boolean offered = onOrBefore(last.interviewOffered(), asAt);
        values.add(yesNo(offered));
        values.add(onOrBefore(last.interviewHeld(), asAt) ? AnnexAValues.YES
                : offered && last.interviewDeclined() ? AnnexAValues.NO : "");
    }

    private static @Nullable LocalDate latestHealth(ChildRecord child, HealthEvent.Kind kind, LocalDate asAt) {
        var dates = new ArrayList<LocalDate>();
        for (var h : child.health()) {
            if (h.kind() == kind) {
                dates.add(h.date());
            }
        }
        return CareAt.latest(dates, LocalDate.MIN, asAt);
    }

    private static boolean onOrBefore(@Nullable LocalDate d, LocalDate asAt) {
        return d != null && !d.isAfter(asAt);
    }

    static Object orBlank(@Nullable LocalDate d) {
        return d == null ? "" : d;
    }

    static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }
}
