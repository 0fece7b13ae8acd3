package org.ourpromise.returns.annexa;

import static org.ourpromise.returns.annexa.ChildrenInCareList.nonNull;
import static org.ourpromise.returns.annexa.ChildrenInCareList.orBlank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.returns.AnnexAList;
import org.ourpromise.returns.AnnexARow;
import org.ourpromise.returns.derivation.Ages;
import org.ourpromise.timescales.CareLeaverCategory;

/**
 * Annex A List 9 (DOMAIN.md §4): everyone entitled to leaving care services at the as-at date, the
 * categories of §3.3 as {@link CareLeaverCategory} decides them (relevant, former relevant to the
 * 25th birthday, qualifying to the 21st, and eligible children still in care at 16 and 17).
 *
 * <p>In touch, accommodation and activity are those of the latest contact on or before the as-at date;
 * the latest date of contact is that of the latest contact in which the young person was in touch
 * (IN_TOUCH YES); the latest pathway plan review is the later of a pathway plan made and a contact
 * at which the plan was reviewed.
 */
public final class CareLeaversList {

    private CareLeaversList() {
    }

    public static List<AnnexARow> of(List<ChildRecord> children, LocalDate asAt) {
        var rows = new ArrayList<AnnexARow>();
        for (var child : children) {
            if (child.dateOfBirth().isAfter(asAt.minusYears(16))) {
                continue; // under 16: in none of the categories, and the category test is the costly part
            }
            var category = CareLeaverCategory.of(child, asAt);
            if (category != CareLeaverCategory.NONE) {
                rows.add(row(child, category, asAt));
            }
        }
        rows.sort(Comparator.comparing(AnnexARow::childId));
        return rows;
    }

    private static AnnexARow row(ChildRecord child, CareLeaverCategory category, LocalDate asAt) {
        var who = child.identity();
        var values = new ArrayList<Object>(AnnexAList.CARE_LEAVERS.columns().size());
        values.add(child.childId());
        values.add(AnnexAValues.gender(who.sex()));
        values.add(AnnexAValues.ethnicity(who.ethnicity()));
        values.add(child.dateOfBirth());
        values.add(Ages.on(child.dateOfBirth(), asAt));
        values.add(AnnexAValues.yesNo(child.uascUntil() != null));
        values.add(AnnexAValues.yesNo(who.disabled()));
        var worker = openAllocation(child, Allocation.Role.SOCIAL_WORKER, asAt);
        var adviser = openAllocation(child, Allocation.Role.PERSONAL_ADVISER, asAt);
        values.add(worker != null ? worker.team() : adviser != null ? adviser.team() : "");
        values.add(worker == null ? "" : worker.workerId());
        values.add(adviser == null ? "" : adviser.workerId());
        values.add(AnnexAValues.eligibility(category));
        values.add(orBlank(latestPathwayPlanReview(child, asAt)));
        var contact = latestContact(child, asAt, false);
        var inTouch = latestContact(child, asAt, true);
        values.add(contact == null ? "" : AnnexAValues.inTouch(contact.inTouch()));
        values.add(inTouch == null ? "" : inTouch.date());
        String accom = contact == null ? "" : nonNull(contact.accommodation());
        values.add(AnnexAValues.accommodationType(accom));
        values.add(AnnexAValues.suitability(accom));
        values.add(contact == null || contact.activity().equals("0") ? "" : contact.activity());
        return new AnnexARow(AnnexAList.CARE_LEAVERS, values);
    }

    /** The allocation of the role open at the as-at date: a care leaver's closed allocations are not theirs now. */
    private static @Nullable Allocation openAllocation(ChildRecord child, Allocation.Role role, LocalDate asAt) {
        var a = CareAt.allocation(child, role, asAt);
        return a != null && (a.to() == null || !a.to().isBefore(asAt)) ? a : null;
    }

    private static @Nullable CareLeaverContact latestContact(ChildRecord child, LocalDate asAt, boolean inTouchOnly) {
        CareLeaverContact found = null;
        for (var c : child.careLeaverContacts()) {
            if (c.date().isAfter(asAt) || inTouchOnly && !c.inTouch().equals("YES")) {
                continue;
            }
            if (found == null || !c.date().isBefore(found.date())) {
                found = c;
            }
        }
        return found;
    }

    private static @Nullable LocalDate latestPathwayPlanReview(ChildRecord child, LocalDate asAt) {
        var dates = new ArrayList<LocalDate>();
        for (var p : child.plans()) {
            if (p.kind() == PlanEvent.Kind.PATHWAY_PLAN) {
                dates.add(p.date());
            }
        }
        for (var c : child.careLeaverContacts()) {
            if (c.pathwayPlanReviewed()) {
                dates.add(c.date());
            }
        }
        return CareAt.latest(dates, LocalDate.MIN, asAt);
    }
}
