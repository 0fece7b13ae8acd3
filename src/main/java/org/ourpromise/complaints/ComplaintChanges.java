package org.ourpromise.complaints;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.StaleEdit;
import org.ourpromise.timescales.Complaint;

/** Where what is saved now differs from what someone entered on a page opened before it was saved. */
final class ComplaintChanges {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private ComplaintChanges() {
    }

    /** The stale save's table ({@link StaleEdit}), at the version saved now. */
    static StaleEdit between(LoggedComplaint saved, ComplaintForm.Result yours, int versionNow) {
        var changes = new StaleEdit(versionNow);
        add(changes, "What the complaint is about", saved.summary(), yours.summary());
        add(changes, "Who made it", saved.madeBy().words(), yours.madeBy() == null ? "" : yours.madeBy().words());
        Complaint s = saved.complaint();
        Complaint y = yours.complaint();
        if (y == null) {
            return changes;
        }
        LocalDate[] before = {s.received(), s.stage1Responded(), s.stage2Requested(), s.stage2Responded(),
            s.stage3Requested(), s.panelHeld(), s.panelReported(), s.authorityResponded()};
        LocalDate[] entered = {y.received(), y.stage1Responded(), y.stage2Requested(), y.stage2Responded(),
            y.stage3Requested(), y.panelHeld(), y.panelReported(), y.authorityResponded()};
        for (int i = 0; i < before.length; i++) {
            String label = ComplaintForm.STAGES.get(i).label();
            add(changes, Character.toUpperCase(label.charAt(0)) + label.substring(1), day(before[i]), day(entered[i]));
        }
        add(changes, "Stage 1 extended", yesNo(s.stage1Extended()), yesNo(y.stage1Extended()));
        add(changes, "Stage 2 extended", yesNo(s.stage2Extended()), yesNo(y.stage2Extended()));
        return changes;
    }

    private static void add(StaleEdit changes, String what, String savedNow, String yours) {
        changes.compare(what, savedNow, yours);
    }

    private static String day(@Nullable LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    private static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }
}
