package org.ourpromise.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.timescales.Complaint;

/**
 * Reads the complaint form: the stage dates must be real, not in the future, and in the order the procedure
 * runs (each stage answered before the next is asked for). Gives the complaint, or the errors and nothing else.
 */
final class ComplaintForm {

    static final int SUMMARY_LIMIT = 500;

    /** A stage date field: its form name and the words used in messages. */
    record Field(String name, String label) {
    }

    static final Field RECEIVED = new Field("received", "date the complaint was received");
    static final Field STAGE1_RESPONDED = new Field("stage1Responded", "date the stage 1 response was sent");
    static final Field STAGE2_REQUESTED = new Field("stage2Requested", "date stage 2 was asked for");
    static final Field STAGE2_RESPONDED = new Field("stage2Responded", "date the stage 2 adjudication was sent");
    static final Field STAGE3_REQUESTED = new Field("stage3Requested", "date a review panel was asked for");
    static final Field PANEL_HELD = new Field("panelHeld", "date the review panel met");
    static final Field PANEL_REPORTED = new Field("panelReported", "date the panel's report was sent");
    static final Field AUTHORITY_RESPONDED = new Field("authorityResponded", "date the council responded to the panel");

    /** In the procedure's order: each date needs the one before it, and is on or after it. */
    static final List<Field> STAGES = List.of(RECEIVED, STAGE1_RESPONDED, STAGE2_REQUESTED, STAGE2_RESPONDED,
            STAGE3_REQUESTED, PANEL_HELD, PANEL_REPORTED, AUTHORITY_RESPONDED);

    /** The fields in the order the new-complaint page shows them (its error summary follows it). */
    static final List<String> NEW_PAGE_ORDER = List.of("child", RECEIVED.name(), "madeBy", "summary");

    /** The fields in the order a complaint's own page shows them. */
    static final List<String> PAGE_ORDER = List.of("summary", RECEIVED.name(), "madeBy", "stage1Extended",
            STAGE1_RESPONDED.name(), STAGE2_REQUESTED.name(), "stage2Extended", STAGE2_RESPONDED.name(),
            STAGE3_REQUESTED.name(), PANEL_HELD.name(), PANEL_REPORTED.name(), AUTHORITY_RESPONDED.name());

    /** What was read: the complaint and summary, or errors by field. */
    record Result(@Nullable Complaint complaint, String summary, LoggedComplaint.@Nullable MadeBy madeBy,
            Map<String, String> errors) {
    }

    private ComplaintForm() {
    }

    /**
     * @param reference the complaint's reference (blank for a new one)
     * @param childId   the child it is by or about, already checked to exist
     * @param earliest  the first day a date may be: the child's date of birth
     */
    static Result read(Map<String, String> params, String reference, String childId, LocalDate earliest,
            LocalDate today) {
        var in = new FormInput(params);
        String summary = summary(in);
        var madeBy = madeBy(in);
        var dates = stageDates(in, earliest, today);
        boolean stage1Extended = in.yes("stage1Extended");
        boolean stage2Extended = in.yes("stage2Extended");
        if (stage2Extended && dates[2] == null && !in.errors().containsKey(STAGE2_REQUESTED.name())) {
            in.error("stage2Extended", "Stage 2 can only be extended once it has been asked for");
        }
        if (in.hasErrors()) {
            return new Result(null, summary, madeBy, in.errors());
        }
        return new Result(new Complaint(reference, childId, dates[0], stage1Extended, dates[1], dates[2],
                stage2Extended, dates[3], dates[4], dates[5], dates[6], dates[7]), summary, madeBy, Map.of());
    }

    private static String summary(FormInput in) {
        String summary = in.raw("summary");
        if (summary.isEmpty()) {
            in.error("summary", "Say in a sentence what the complaint is about");
        } else if (summary.length() > SUMMARY_LIMIT) {
            in.error("summary", "Write the summary in " + SUMMARY_LIMIT + " characters or fewer (you wrote "
                    + summary.length() + ")");
        }
        return summary;
    }

    private static LoggedComplaint.@Nullable MadeBy madeBy(FormInput in) {
        LoggedComplaint.MadeBy madeBy = null;
        for (var m : LoggedComplaint.MadeBy.values()) {
            if (m != LoggedComplaint.MadeBy.UNKNOWN && m.name().equals(in.raw("madeBy"))) {
                madeBy = m;
            }
        }
        if (madeBy == null) {
            in.error("madeBy", "Select who made the complaint");
        }
        return madeBy;
    }

    /** The stages' dates, each on or after the one before it (which must be entered first). */
    private static @Nullable LocalDate[] stageDates(FormInput in, LocalDate earliest, LocalDate today) {
        var dates = new LocalDate[STAGES.size()];
        for (int i = 0; i < STAGES.size(); i++) {
            var f = STAGES.get(i);
            dates[i] = in.date(f.name(), f.label(), i == 0, today);
        }
        if (dates[0] != null && dates[0].isBefore(earliest)) {
            in.error(RECEIVED.name(), "The " + RECEIVED.label() + " must be on or after the child's date of birth");
        }
        for (int i = 1; i < STAGES.size(); i++) {
            if (dates[i] == null) {
                continue;
            }
            var before = STAGES.get(i - 1);
            if (dates[i - 1] == null) {
                if (!in.errors().containsKey(before.name())) {
                    in.error(STAGES.get(i).name(), "Enter the " + before.label() + " first");
                }
            } else if (dates[i].isBefore(dates[i - 1])) {
                in.error(STAGES.get(i).name(), "The " + STAGES.get(i).label() + " must be on or after the "
                        + before.label());
            }
        }
        return dates;
    }

    /** The form's values for a complaint already logged, as the date inputs and checkboxes expect them. */
    /** The choices of who made a complaint, for the radios. */
    static Map<String, String> madeByChoices() {
        var choices = new java.util.LinkedHashMap<String, String>();
        for (var m : LoggedComplaint.MadeBy.values()) {
            if (m != LoggedComplaint.MadeBy.UNKNOWN) {
                choices.put(m.name(), m.words());
            }
        }
        return choices;
    }

    static Map<String, String> values(LoggedComplaint logged) {
        var c = logged.complaint();
        var values = new java.util.HashMap<String, String>();
        values.put("summary", logged.summary());
        if (logged.madeBy() != LoggedComplaint.MadeBy.UNKNOWN) {
            values.put("madeBy", logged.madeBy().name());
        }
        LocalDate[] dates = {c.received(), c.stage1Responded(), c.stage2Requested(), c.stage2Responded(),
                c.stage3Requested(), c.panelHeld(), c.panelReported(), c.authorityResponded()};
        for (int i = 0; i < STAGES.size(); i++) {
            if (dates[i] != null) {
                values.put(STAGES.get(i).name() + "-day", String.valueOf(dates[i].getDayOfMonth()));
                values.put(STAGES.get(i).name() + "-month", String.valueOf(dates[i].getMonthValue()));
                values.put(STAGES.get(i).name() + "-year", String.valueOf(dates[i].getYear()));
            }
        }
        values.put("stage1Extended", c.stage1Extended() ? "yes" : "");
        values.put("stage2Extended", c.stage2Extended() ? "yes" : "");
        return values;
    }
}
