package org.ourpromise.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.care.CareEpisodeRepository;
import org.ourpromise.education.EducationEventRepository;
import org.ourpromise.health.HealthEventRepository;
import org.ourpromise.leavers.CareLeaverContactRepository;
import org.ourpromise.missing.MissingEpisodeRepository;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.reviews.ReviewRepository;
import org.ourpromise.timescales.TimescaleSettings;
import org.ourpromise.timescales.VisitArrangement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the common events on a child's record. Each method checks the form against the code lists
 * of the event's collection year and the child's record, and either saves (with its audit entry, in
 * one transaction) or changes nothing and returns the errors by field.
 */
@Service
public class EventRecorder {

    /** What happened to a submission: the errors by field, empty when it was saved. */
    public record Outcome(Map<String, String> errors, String summary) {
        public boolean saved() {
            return errors.isEmpty();
        }
    }

    private final CaseFile caseFile;
    private final CareEpisodeRepository care;
    private final ReviewRepository reviews;
    private final HealthEventRepository health;
    private final MissingEpisodeRepository missing;
    private final CareLeaverContactRepository leavers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TimescaleSettings settings;
    private final EducationEventRepository education;

    /** Short-break visits are agreed for up to the 6 months between short-break reviews (a local limit). */
    static final int MAX_SHORT_BREAK_WEEKS = 26;

    EventRecorder(CaseFile caseFile, CareEpisodeRepository care, ReviewRepository reviews, HealthEventRepository health,
            MissingEpisodeRepository missing, CareLeaverContactRepository leavers, AuditLog audit,
            ApplicationEventPublisher events, TimescaleSettings settings, EducationEventRepository education) {
        this.settings = settings;
        this.education = education;
        this.caseFile = caseFile;
        this.care = care;
        this.reviews = reviews;
        this.health = health;
        this.missing = missing;
        this.leavers = leavers;
        this.audit = audit;
        this.events = events;
    }

    /** A move to a new placement: the open episode ends (X1) and a new one starts the same day. */
    @Transactional
    public Outcome placementChange(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.open(user, childId, "recorded a placement change");
        var today = caseFile.today();
        LocalDate date = in.date("date", "date of the move", true, today);
        int year = date == null ? Ssda903Dates.collectionYearOf(today) : Ssda903Dates.collectionYearOf(date);
        String place = in.code("placement", "placement type", CodeList.PLACE, year, true);
        String provider = in.code("provider", "placement provider", CodeList.PLACE_PROVIDER, year, false);
        String reason = in.code("reason", "reason for the change", CodeList.REASON_PLACE_CHANGE, year, true);
        String postcode = in.postcode("postcode", "placement");
        String urn = in.raw("urn").toUpperCase(java.util.Locale.ROOT);
        boolean sameCarer = in.yes("sameCarer");
        if (!urn.isEmpty() && !urn.matches("SC\\d{6}|\\d{7}|XXXXXXX")) {
            in.error("urn", "Enter the Ofsted URN as SC and 6 digits, or 7 digits");
        }
        if (place != null) {
            checkProvider(in, place, provider);
        }
        CareEpisode open = child.episodes().stream().filter(CareEpisode::isOpen).reduce((a, b) -> b).orElse(null);
        if (open == null) {
            in.error("date", "This child is not in care, so there is no placement to change");
        } else if (date != null && !date.isAfter(open.started())) {
            in.error("date", "The move must be after the current placement began on "
                    + Ssda903Dates.format(open.started()) + " (an episode cannot start and end on the same day)");
        }
        if (in.hasErrors()) {
            return new Outcome(in.errors(), "");
        }
        var episodes = new ArrayList<>(child.episodes());
        int i = episodes.indexOf(open);
        episodes.set(i, new CareEpisode(open.started(), open.reasonNewEpisode(), open.legalStatus(), open.categoryOfNeed(),
                open.placement(), open.provider(), date, "X1", reason, open.homePostcode(), open.placementPostcode(),
                open.urn()));
        episodes.add(new CareEpisode(date, sameCarer ? "T" : "P", open.legalStatus(), open.categoryOfNeed(), place,
                provider, null, null, null, open.homePostcode(), postcode, urn.isEmpty() ? null : urn));
        care.replaceEpisodes(childId, episodes);
        return saved(childId, "Placement change on " + Ssda903Dates.format(date) + " to "
                + CodeList.PLACE.label(place, year));
    }

    private static void checkProvider(FormInput in, String place, String provider) {
        boolean temporaryOrOther = place.startsWith("T") || place.startsWith("Z");
        if (temporaryOrOther && provider != null) {
            in.error("provider", "Leave the provider blank for temporary and other placements");
        } else if (!temporaryOrOther && provider == null) {
            in.error("provider", "Select the placement provider");
        } else if ("PR0".equals(provider) != "P1".equals(place)) {
            in.error("provider", "Parents are the provider only for a placement with parents, and always for one");
        }
    }

    @Transactional
    public Outcome review(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.open(user, childId, "recorded a review");
        var today = caseFile.today();
        LocalDate date = in.date("date", "date of the review", true, today);
        int year = date == null ? Ssda903Dates.collectionYearOf(today) : Ssda903Dates.collectionYearOf(date);
        String code = in.code("participation", "way the child took part", CodeList.REVIEW_CODE, year, true);
        LocalDate decisions = in.date("decisions", "date the decisions were sent", false, today);
        LocalDate record = in.date("record", "date the review record was sent", false, today);
        if (date != null && !inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date, so no review of arrangements was due");
        }
        if (date != null && decisions != null && decisions.isBefore(date)) {
            in.error("decisions", "The decisions cannot be sent before the review");
        }
        if (date != null && record != null && record.isBefore(date)) {
            in.error("record", "The record cannot be sent before the review");
        }
        if (in.hasErrors()) {
            return new Outcome(in.errors(), "");
        }
        reviews.insert(childId, List.of(new ReviewHeld(date, code, decisions, record)));
        return saved(childId, "Review on " + Ssda903Dates.format(date));
    }

    @Transactional
    public Outcome healthAssessment(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.open(user, childId, "recorded a health assessment, referral or check");
        // a form without a choice is the assessment itself (the form's first and usual choice)
        String chosen = in.raw("kind").isEmpty() ? HealthEvent.Kind.HEALTH_ASSESSMENT.name() : in.raw("kind");
        HealthEvent.Kind kind = HealthWords.ON_THE_FORM.containsKey(chosen) ? HealthEvent.Kind.valueOf(chosen) : null;
        if (kind == null) {
            in.error("kind", "Select what happened");
        }
        LocalDate date = in.date("date", "date it happened", true, caseFile.today());
        if (date != null && date.isBefore(child.dateOfBirth())) {
            in.error("date", "The date cannot be before the child was born");
        }
        String score = null;
        if (kind == HealthEvent.Kind.SDQ_SCORE) {
            Integer n = in.whole("score", "total difficulties score", 0, 40, true);
            score = n == null ? null : String.valueOf(n);
        } else if (!in.raw("score").isEmpty()) {
            in.error("score", "Leave the score blank: it is only for a strengths and difficulties questionnaire");
        }
        if (kind == HealthEvent.Kind.HEALTH_ASSESSMENT_REFERRAL && date != null && !inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date, so no referral for an initial assessment was due");
        }
        if (in.hasErrors()) {
            return new Outcome(in.errors(), "");
        }
        health.insert(childId, List.of(new HealthEvent(kind, date, score, false)));
        return saved(childId, HealthWords.ON_THE_FORM.get(kind.name()) + " on " + Ssda903Dates.format(date));
    }

    /** A statutory visit by the child's social worker (reg 28): who visited is the one allocated that day. */
    @Transactional
    public Outcome visit(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.open(user, childId, "recorded a statutory visit");
        LocalDate date = in.date("date", "date of the visit", true, caseFile.today());
        if (date != null && !inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date, so no statutory visit was due");
        }
        if (in.hasErrors()) {
            return new Outcome(in.errors(), "");
        }
        String worker = child.allocations().stream()
                .filter(a -> a.role() == org.ourpromise.record.Allocation.Role.SOCIAL_WORKER && a.isCurrentOn(date))
                .map(org.ourpromise.record.Allocation::workerId).reduce((a, b) -> b)
                .orElse(user.workerId() == null ? user.username() : user.workerId());
        boolean alone = in.yes("seenAlone");
        care.insertVisits(childId, List.of(new org.ourpromise.record.Visit(date, worker, alone)));
        return saved(childId, "Statutory visit on " + Ssda903Dates.format(date) + (alone ? ", seen alone" : ""));
    }

    /** A plan or assessment written, a notification sent, or the IRO's midway check. */
    @Transactional
    public Outcome plan(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.open(user, childId, "recorded a plan, assessment or IRO check");
        PlanEvent.Kind kind = in.choice("kind", PlanWords.ON_THE_PLAN_FORM, "Select what was done");
        LocalDate date = in.date("date", "date it was done", true, caseFile.today());
        if (kind != null && date != null) {
            boolean forCareLeavers = kind == PlanEvent.Kind.NEEDS_ASSESSMENT || kind == PlanEvent.Kind.PATHWAY_PLAN;
            int minimumAge = kind == PlanEvent.Kind.PATHWAY_PLAN ? 16 : 15;
            if (forCareLeavers && date.isBefore(child.dateOfBirth().plusYears(minimumAge))) {
                in.error("date", PlanWords.title(kind) + ": the young person must be " + minimumAge
                        + " or over on that date");
            } else if (!forCareLeavers && !inCareOn(child, date)) {
                in.error("date", "This child was not in care on that date");
            }
        }
        if (in.hasErrors()) {
            return new Outcome(in.errors(), "");
        }
        care.insertPlans(childId, List.of(new PlanEvent(kind, date)));
        return saved(childId, PlanWords.title(kind) + " on " + Ssda903Dates.format(date));
    }

    /** A personal education plan meeting held (PEPs from 3 to 17, as the education rules read them). */
    @Transactional
    public Outcome pep(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.open(user, childId, "recorded a personal education plan meeting");
        LocalDate date = in.date("date", "date of the meeting", true, caseFile.today());
        if (date != null && !inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date");
        } else if (date != null && (date.isBefore(child.dateOfBirth().plusYears(3))
                || !date.isBefore(child.dateOfBirth().plusYears(18)))) {
            in.error("date", "Personal education plans are for children from 3 to 17");
        }
        if (in.hasErrors()) {
            return new Outcome(in.errors(), "");
        }
        education.insert(childId, List.of(new org.ourpromise.record.EducationEvent(
                org.ourpromise.record.EducationEvent.Kind.PEP_MEETING, date, null)));
        return saved(childId, "Personal education plan meeting on " + Ssda903Dates.format(date));
    }

    @Transactional
    public Outcome missingEpisode(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.open(user, childId, "recorded a missing episode");
        var today = caseFile.today();
        LocalDate start = in.date("start", "date they went missing", true, today);
        int year = start == null ? Ssda903Dates.collectionYearOf(today) : Ssda903Dates.collectionYearOf(start);
        String type = in.code("type", "kind of absence", CodeList.MISSING, year, true);
        LocalDate end = in.date("end", "date they came back", false, today);
        LocalDate offered = in.date("offered", "date the return interview was offered", false, today);
        LocalDate held = in.date("held", "date the return interview was held", false, today);
        boolean declined = in.yes("declined");
        if (start != null && !inCareOn(child, start)) {
            in.error("start", "This child was not in care on that date");
        }
        checkReturn(in, start, end, held, declined);
        if (in.hasErrors()) {
            return new Outcome(in.errors(), "");
        }
        missing.insert(childId, List.of(new MissingEpisode(type, start, end, offered, held, declined)));
        return saved(childId, (type.equals("M") ? "Missing" : "Away") + " episode from " + Ssda903Dates.format(start));
    }

    /** The return and interview dates must follow the episode and each other. */
    private static void checkReturn(FormInput in, @Nullable LocalDate start, @Nullable LocalDate end,
            @Nullable LocalDate held, boolean declined) {
        if (start != null && end != null && end.isBefore(start)) {
            in.error("end", "The date they came back cannot be before the date they went missing");
        }
        if (held != null && (end == null || held.isBefore(end))) {
            in.error("held", "A return interview is held after the child has come back");
        }
        if (held != null && declined) {
            in.error("declined", "An interview cannot be both held and declined");
        }
    }

    /** The return from a missing or away episode already recorded, and its return interview. */
    @Transactional
    public Outcome missingReturn(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.open(user, childId, "recorded a return from missing or its interview");
        var today = caseFile.today();
        var episode = child.missing().stream().filter(m -> m.started().toString().equals(in.raw("episode")))
                .findFirst().orElse(null);
        if (episode == null) {
            in.error("episode", "Select the episode");
        }
        LocalDate entered = in.date("end", "date they came back", false, today);
        LocalDate offered = in.date("offered", "date the return interview was offered", false, today);
        LocalDate held = in.date("held", "date the return interview was held", false, today);
        boolean declined = in.yes("declined");
        LocalDate end = entered;
        if (episode != null) {
            end = entered != null ? entered : episode.ended();
            checkReturn(in, episode.started(), end, held != null ? held : episode.interviewHeld(), declined);
        }
        if (!in.hasErrors() && entered == null && offered == null && held == null && !declined) {
            in.error("end", "Enter the date they came back, or what happened about the return interview");
        }
        if (in.hasErrors()) {
            return new Outcome(in.errors(), "");
        }
        var changed = new MissingEpisode(episode.type(), episode.started(), end,
                offered != null ? offered : episode.interviewOffered(), held != null ? held : episode.interviewHeld(),
                declined || episode.interviewDeclined());
        missing.update(childId, changed);
        return saved(childId, (episode.type().equals("M") ? "Missing" : "Away") + " episode from "
                + Ssda903Dates.format(episode.started()) + ": return and interview recorded");
    }

    /** The IRO's decisions and the full record sent after a review already recorded. */
    @Transactional
    public Outcome reviewSent(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.open(user, childId, "recorded the decisions or record sent after a review");
        var today = caseFile.today();
        var review = child.reviews().stream().filter(r -> r.date().toString().equals(in.raw("review"))).findFirst()
                .orElse(null);
        if (review == null) {
            in.error("review", "Select the review");
        }
        LocalDate decisions = in.date("decisions", "date the decisions were sent", false, today);
        LocalDate record = in.date("record", "date the review record was sent", false, today);
        if (review != null) {
            if (decisions != null && decisions.isBefore(review.date())) {
                in.error("decisions", "The decisions cannot be sent before the review");
            } else if (decisions != null && review.decisionsIssued() != null) {
                in.error("decisions", "The decisions of this review were already recorded as sent on "
                        + Ssda903Dates.format(review.decisionsIssued()));
            }
            if (record != null && record.isBefore(review.date())) {
                in.error("record", "The record cannot be sent before the review");
            } else if (record != null && review.recordIssued() != null) {
                in.error("record", "The record of this review was already recorded as sent on "
                        + Ssda903Dates.format(review.recordIssued()));
            }
        }
        if (!in.hasErrors() && decisions == null && record == null) {
            in.error("decisions", "Enter the date the decisions or the record were sent");
        }
        if (in.hasErrors()) {
            return new Outcome(in.errors(), "");
        }
        reviews.recordSent(childId, review.date(), decisions, record);
        return saved(childId, "Review of " + Ssda903Dates.format(review.date()) + ": "
                + (decisions != null ? "decisions sent " + Ssda903Dates.format(decisions) : "")
                + (decisions != null && record != null ? ", " : "")
                + (record != null ? "record sent " + Ssda903Dates.format(record) : ""));
    }

    @Transactional
    public Outcome careLeaverContact(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.open(user, childId, "recorded a care leaver contact");
        var today = caseFile.today();
        LocalDate date = in.date("date", "date of the contact", true, today);
        int year = date == null ? Ssda903Dates.collectionYearOf(today) : Ssda903Dates.collectionYearOf(date);
        String inTouch = in.code("inTouch", "answer to whether you are in touch", CodeList.IN_TOUCH, year, true);
        String activity = in.code("activity", "main activity", CodeList.ACTIV, year, true);
        String letter = in.raw("accommodation").isEmpty() ? null
                : in.code("accommodation", "type of accommodation", CodeList.ACCOM_LETTER, year, false);
        String suitable = in.raw("suitable");
        if ("YES".equals(inTouch) && letter == null && !in.errors().containsKey("accommodation")) {
            in.error("accommodation", "Select the type of accommodation");
        }
        if (letter != null && !suitable.equals("1") && !suitable.equals("2")) {
            in.error("suitable", "Select whether the accommodation is suitable");
        }
        String note = in.text("note", 500);
        if (date != null && date.isBefore(child.dateOfBirth().plusYears(16))) {
            in.error("date", "Care leaver contacts are recorded from the young person's 16th birthday");
        }
        if (in.hasErrors()) {
            return new Outcome(in.errors(), "");
        }
        String accommodation = letter == null ? "0" : letter + suitable;
        leavers.insert(childId, List.of(new CareLeaverContact(date, inTouch, activity, accommodation,
                in.yes("pathwayPlanReviewed"), false, note)));
        return saved(childId, "Contact on " + Ssda903Dates.format(date));
    }

    /**
     * A fact that changes how often the child is visited (reg 24, reg 28, reg 48). Checked against what the
     * visit rules see on its date, so that nothing is recorded that could not apply there.
     */
    @Transactional
    public Outcome visitPlan(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.open(user, childId, "recorded a plan or agreement about visits");
        PlanEvent.Kind kind = in.choice("kind", PlanWords.ABOUT_VISITS, "Select what was agreed or approved");
        LocalDate date = in.date("date", "date it was agreed or approved", true, caseFile.today());
        if (kind != null && date != null) {
            checkVisitPlan(in, kind, date, VisitArrangement.on(child, date, settings));
        }
        Integer weeks = null;
        if (kind == PlanEvent.Kind.SHORT_BREAK_VISITS_AGREED) {
            weeks = in.whole("weeks", "number of weeks between visits", 1, MAX_SHORT_BREAK_WEEKS, true);
        } else if (!in.raw("weeks").isEmpty()) {
            in.error("weeks", "Leave the weeks blank: they are only for visits during short breaks");
        }
        if (in.hasErrors()) {
            return new Outcome(in.errors(), "");
        }
        care.insertPlans(childId, List.of(new PlanEvent(kind, date, weeks)));
        return saved(childId, PlanWords.title(kind) + " on " + Ssda903Dates.format(date));
    }

    private void checkVisitPlan(FormInput in, PlanEvent.Kind kind, LocalDate date, VisitArrangement on) {
        if (kind == PlanEvent.Kind.SHORT_BREAK_VISITS_AGREED) {
            if (!on.shortBreaks()) {
                in.error("date", "This child had no short breaks on that date: record a break (V3) or short-break "
                        + "agreement (V4) within the " + settings.shortBreakLapseMonths() + " months before it first");
            }
            return;
        }
        if (!on.inCare()) {
            in.error("date", "This child was not in care on that date, so there was no placement to apply it to");
            return;
        }
        String problem = switch (kind) {
            case CONNECTED_PERSON_TEMPORARY_APPROVAL -> !List.of("U1", "U2", "U3").contains(on.placement())
                    ? "A temporary approval is for a placement with a relative or friend (U1, U2 or U3); on that date "
                            + "the placement was " + CodeList.PLACE.label(on.placement(), Ssda903Dates.collectionYearOf(date))
                            + " (" + on.placement() + ")"
                    : on.temporaryApproval() ? "A temporary approval is already recorded for this placement on that date" : null;
            case CONNECTED_PERSON_APPROVED -> on.temporaryApproval() ? null
                    : "No temporary approval was in force for this placement on that date, so there is none to end";
            case CHILD_AGREED_SIX_MONTHLY_VISITS -> !on.longTerm()
                    ? "On that date this placement was not long-term (U1 or U4, or agreed as long-term in the care plan): "
                            + "the child's agreement applies only to a long-term placement"
                    : on.childAgreed() ? "The child's agreement is already recorded for this placement on that date" : null;
            case CHILD_AGREEMENT_WITHDRAWN -> on.childAgreed() ? null
                    : "No agreement to visits up to 6 months apart was in force for this placement on that date";
            default -> null;
        };
        if (problem != null) {
            in.error("date", problem);
        }
    }

    private Outcome saved(String childId, String summary) {
        audit.record(AuditLog.Action.RECORD_EVENT, childId, summary);
        events.publishEvent(new CareRecordChanged(childId));
        return new Outcome(Map.of(), summary);
    }

    private static boolean inCareOn(ChildRecord child, LocalDate date) {
        return child.episodes().stream().anyMatch(e -> !e.started().isAfter(date)
                && (e.ceased() == null || !e.ceased().isBefore(date)));
    }
}
