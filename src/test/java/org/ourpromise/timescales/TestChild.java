package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.EducationEvent;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.record.Visit;

/** Builds child records for hand-worked deadline cases; dates are ISO strings, blank = none. */
final class TestChild {

    private final ChildRecords record;

    private TestChild(LocalDate dob) {
        this.record = ChildRecords.child("C1", "Test", "Child", dob, "F");
    }

    static TestChild bornOn(String dob) {
        return new TestChild(LocalDate.parse(dob));
    }

    static LocalDate date(String s) {
        return ChildRecords.date(s);
    }

    /** Space-separated ISO dates (null or blank = none). */
    static List<LocalDate> dates(String s) {
        return ChildRecords.dates(s);
    }

    TestChild episode(String start, String rne, String ls, String place, String ceased, String rec) {
        record.episode(new CareEpisode(date(start), rne, ls, "N1", place, null, date(ceased), rec, null, null, null, null));
        return this;
    }

    /** An open episode starting a period of care: RNE S, care order, foster placement. */
    TestChild inCareFrom(String start) {
        return episode(start, "S", "C2", "U6", null, null);
    }

    TestChild inCare(String start, String ceased, String rec) {
        return episode(start, "S", "C2", "U6", ceased, rec);
    }

    TestChild reviews(String dates) {
        dates(dates).forEach(d -> record.review(new ReviewHeld(d, "PN1", null, null)));
        return this;
    }

    TestChild review(String date, String decisions, String record) {
        this.record.review(new ReviewHeld(date(date), "PN1", date(decisions), date(record)));
        return this;
    }

    TestChild visits(String dates) {
        dates(dates).forEach(d -> record.visit(new Visit(d, "SW1", true)));
        return this;
    }

    TestChild health(HealthEvent.Kind kind, String dates) {
        dates(dates).forEach(d -> record.health(new HealthEvent(kind, d, kind == HealthEvent.Kind.SDQ_SCORE ? "12" : null, false)));
        return this;
    }

    TestChild plans(PlanEvent.Kind kind, String dates) {
        dates(dates).forEach(d -> record.plan(new PlanEvent(kind, d)));
        return this;
    }

    /** Short-break visits agreed with the IRO and parents on {@code date}, every {@code weeks} weeks. */
    TestChild shortBreakVisitsAgreed(String date, int weeks) {
        record.plan(new PlanEvent(PlanEvent.Kind.SHORT_BREAK_VISITS_AGREED, date(date), weeks));
        return this;
    }

    /** Short breaks (V3), each "start/end" (ISO dates), separated by spaces. */
    TestChild shortBreaks(String breaks) {
        for (var b : breaks.strip().split("\\s+")) {
            var days = b.split("/");
            episode(days[0], "S", "V3", "U6", days[1], "E4A");
        }
        return this;
    }

    TestChild peps(String dates) {
        dates(dates).forEach(d -> record.education(new EducationEvent(EducationEvent.Kind.PEP_MEETING, d, null)));
        return this;
    }

    TestChild missing(String started, String ended, String offered, String held, boolean declined) {
        record.missing(new MissingEpisode("M", date(started), date(ended), date(offered), date(held), declined));
        return this;
    }

    TestChild contact(String date, String inTouch, boolean pathwayPlanReviewed) {
        record.contact(new CareLeaverContact(date(date), inTouch, "F1", "S1", pathwayPlanReviewed, false, null));
        return this;
    }

    ChildRecord build() {
        return record.build();
    }

    /** The items of the given rules at asAt with default settings, as "RULE due STATUS" joined by "; ". */
    String items(String asAt, DeadlineRule... rules) {
        return items(asAt, TimescaleSettings.defaults(), rules);
    }

    String items(String asAt, TimescaleSettings settings, DeadlineRule... rules) {
        var wanted = List.of(rules);
        return DeadlineEngine.englandAndWales().dueItems(build(), LocalDate.parse(asAt), settings).stream()
                .filter(i -> wanted.contains(i.rule()))
                .map(i -> i.rule() + " " + i.due() + " " + i.status())
                .collect(Collectors.joining("; "));
    }

    static String expected(String s) {
        return s == null ? "" : s.strip();
    }
}
