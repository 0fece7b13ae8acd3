package org.ourpromise.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.timescales.Complaint;

/**
 * Reads the outcome form: an outcome only for a stage the complaint reached (and, unless withdrawn, answered),
 * themes from the council's list, the learning and action in 1000 characters each, and the Ombudsman's finding
 * with the date it was referred. Gives the outcome, or errors and nothing else.
 */
final class OutcomeForm {

    static final int TEXT_LIMIT = 1000;

    private OutcomeForm() {
    }

    static @Nullable ComplaintOutcome read(FormInput in, List<String> themeIds, LoggedComplaint logged,
            List<ComplaintOutcomes.Theme> themes, int version, LocalDate today) {
        var c = logged.complaint();
        var s1 = stage(in, "stage1Outcome", 1, true, c.stage1Responded() != null);
        var s2 = stage(in, "stage2Outcome", 2, c.stage2Requested() != null, c.stage2Responded() != null);
        var s3 = stage(in, "stage3Outcome", 3, c.stage3Requested() != null, c.authorityResponded() != null);
        var chosen = themes(in, themeIds, themes);
        String learning = in.text("learning", "learning", TEXT_LIMIT, false);
        String action = in.text("actionTaken", "action taken", TEXT_LIMIT, false);
        var referred = in.date("ombudsmanReferred", "date it went to the Ombudsman", false, today);
        if (referred != null && referred.isBefore(c.received())) {
            in.error("ombudsmanReferred", "The date it went to the Ombudsman must be on or after the complaint was received");
        }
        var finding = in.raw("ombudsmanFinding").isEmpty() ? null : in.choice("ombudsmanFinding",
                EnumSet.allOf(ComplaintOutcome.OmbudsmanFinding.class), "Select what the Ombudsman found");
        if (referred != null && finding == null && !in.errors().containsKey("ombudsmanFinding")) {
            in.error("ombudsmanFinding", "Select what the Ombudsman found, or Not decided yet");
        }
        if (finding != null && referred == null && !in.errors().containsKey("ombudsmanReferred")) {
            in.error("ombudsmanReferred", "Enter the date it went to the Ombudsman");
        }
        if (in.hasErrors()) {
            return null;
        }
        return new ComplaintOutcome(c.reference(), s1, s2, s3, chosen, learning, action, referred, finding, version);
    }

    private static ComplaintOutcome.@Nullable Finding stage(FormInput in, String name, int stage, boolean reached,
            boolean answered) {
        if (in.raw(name).isEmpty()) {
            return null;
        }
        var f = in.choice(name, EnumSet.allOf(ComplaintOutcome.Finding.class), "Select the outcome of stage " + stage);
        if (f == null) {
            return null;
        }
        if (!reached) {
            in.error(name, "The complaint did not reach stage " + stage + ": leave its outcome blank");
        } else if (!answered && f != ComplaintOutcome.Finding.WITHDRAWN) {
            in.error(name, "Stage " + stage + " has not been answered yet: record its response date on the complaint "
                    + "first, or select Withdrawn");
        }
        return f;
    }

    private static List<Long> themes(FormInput in, List<String> ids, List<ComplaintOutcomes.Theme> themes) {
        var chosen = new ArrayList<Long>();
        for (var id : ids) {
            var theme = themes.stream().filter(t -> String.valueOf(t.id()).equals(id)).findFirst();
            if (theme.isEmpty()) {
                in.error("themes", "Select themes from the council's list");
            } else if (!chosen.contains(theme.get().id())) {
                chosen.add(theme.get().id());
            }
        }
        return chosen;
    }

    static Map<String, String> values(ComplaintOutcome o) {
        var v = new LinkedHashMap<String, String>();
        v.put("stage1Outcome", o.stage1() == null ? "" : o.stage1().name());
        v.put("stage2Outcome", o.stage2() == null ? "" : o.stage2().name());
        v.put("stage3Outcome", o.stage3() == null ? "" : o.stage3().name());
        v.put("learning", o.learning() == null ? "" : o.learning());
        v.put("actionTaken", o.actionTaken() == null ? "" : o.actionTaken());
        FormInput.putDate(v, "ombudsmanReferred", o.ombudsmanReferred());
        v.put("ombudsmanFinding", o.ombudsmanFinding() == null ? "" : o.ombudsmanFinding().name());
        v.put("version", String.valueOf(o.version()));
        return v;
    }

    static Map<String, String> findings() {
        var m = new LinkedHashMap<String, String>();
        m.put("", "Not decided");
        for (var f : ComplaintOutcome.Finding.values()) {
            m.put(f.name(), f.words());
        }
        return m;
    }

    static Map<String, String> ombudsmanFindings() {
        var m = new LinkedHashMap<String, String>();
        for (var f : ComplaintOutcome.OmbudsmanFinding.values()) {
            m.put(f.name(), f.words());
        }
        return m;
    }
}
