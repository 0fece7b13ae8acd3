package org.ourpromise.care;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ourpromise.care.CareEpisodeRepository.StoredVisit;
import org.ourpromise.lists.Sorting;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * One child's statutory visits as a long list (about eight a year, for years), chosen once for the page a user
 * chooses a visit to correct from and for its CSV: newest first unless asked otherwise, or by who visited or by
 * whether the child was seen alone (newest first among equals).
 */
@Component
class VisitList {

    /** A stored visit and the name of the worker who made it. */
    record Row(StoredVisit stored, String worker) {
    }

    /** Newest first by default (the later recorded first on one day); by worker A to Z; not seen alone first. */
    static final Sorting<Row> COLUMNS = Sorting
            .byDescending("date", Comparator.comparing((Row r) -> r.stored().visit().date())
                    .thenComparingLong(r -> r.stored().id()))
            .and("worker", Comparator.comparing((Row r) -> r.worker().toLowerCase(Locale.UK)))
            .and("alone", Comparator.comparing((Row r) -> r.stored().visit().seenAlone()));

    private final VisitCorrection corrections;
    private final StaffDirectory staff;

    VisitList(VisitCorrection corrections, StaffDirectory staff) {
        this.corrections = corrections;
        this.staff = staff;
    }

    /** The child's visits, newest first (so a sort by another column keeps them newest first among equals). */
    List<Row> of(String childId) {
        var names = staff.names();
        var rows = new ArrayList<Row>();
        for (var v : corrections.visits(childId)) {
            rows.add(new Row(v, names.of(v.visit().workerId())));
        }
        Collections.reverse(rows);
        return rows;
    }

    static String path(String childId) {
        return "/children/" + childId + "/record/visit-correction";
    }
}
