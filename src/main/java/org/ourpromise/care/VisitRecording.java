package org.ourpromise.care;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.PlanWords;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.Visit;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.timescales.TimescaleSettings;
import org.ourpromise.timescales.VisitArrangement;
import org.ourpromise.writtentoyou.ChildsWords;
import org.ourpromise.writtentoyou.WrittenToYou;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory visits (reg 28) and the facts that change how often a child is visited (reg 24, reg 28, reg 48),
 * each checked against what the visit rules see on its date.
 */
@Service
class VisitRecording {

    /** Short-break visits are agreed for up to the 6 months between short-break reviews (a local limit). */
    static final int MAX_SHORT_BREAK_WEEKS = 26;

    private final CaseFile caseFile;
    private final CareEpisodeRepository care;
    private final TimescaleSettings settings;
    private final WrittenToYou writtenToYou;

    VisitRecording(CaseFile caseFile, CareEpisodeRepository care, TimescaleSettings settings,
            WrittenToYou writtenToYou) {
        this.caseFile = caseFile;
        this.care = care;
        this.settings = settings;
        this.writtenToYou = writtenToYou;
    }

    /** A statutory visit by the child's social worker: who visited is the one allocated that day. */
    @Transactional
    public Outcome visit(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
        LocalDate date = in.date("date", "date of the visit", true, caseFile.today());
        if (date != null && !RecordChecks.inCareOn(child, date)) {
            in.error("date", "This child was not in care on that date, so no statutory visit was due");
        }
        var words = ChildsWords.read(in);
        if (in.hasErrors()) {
            return Outcome.refused(in, child);
        }
        String worker = child.allocations().stream()
                .filter(a -> a.role() == Allocation.Role.SOCIAL_WORKER && a.isCurrentOn(date))
                .map(Allocation::workerId).reduce((a, b) -> b)
                .orElse(user.workerId() == null ? user.username() : user.workerId());
        boolean alone = in.yes("seenAlone");
        care.insertVisits(childId, List.of(new Visit(date, worker, alone)));
        writtenToYou.save(childId, WrittenToYou.About.VISIT, date, null, words, user.username());
        var changed = child.withVisits(care.visits(childId).getOrDefault(childId, List.of()));
        return caseFile.recorded(changed, "Statutory visit on " + Ssda903Dates.format(date)
                + (alone ? ", seen alone" : "") + (words.isEmpty() ? "" : ", written to the child"), new VisitRecorded(childId, date));
    }

    /** A plan or agreement about visits, checked so that nothing is recorded that could not apply on its date. */
    @Transactional
    public Outcome visitPlan(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
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
            return Outcome.refused(in, child);
        }
        care.insertPlans(childId, List.of(new PlanEvent(kind, date, weeks)));
        var changed = child.withPlans(care.plans(childId).getOrDefault(childId, List.of()));
        return caseFile.recorded(changed, PlanWords.title(kind) + " on " + Ssda903Dates.format(date),
                new PlanRecorded(childId, kind, date));
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
        String problem = problemWith(kind, date, on);
        if (problem != null) {
            in.error("date", problem);
        }
    }

    private static @org.jspecify.annotations.Nullable String problemWith(PlanEvent.Kind kind, LocalDate date,
            VisitArrangement on) {
        return switch (kind) {
            case CONNECTED_PERSON_TEMPORARY_APPROVAL -> !List.of("U1", "U2", "U3").contains(on.placement())
                    ? "A temporary approval is for a placement with a relative or friend (U1, U2 or U3); on that date "
                            + "the placement was " + CodeList.PLACE.label(on.placement(),
                                    Ssda903Dates.collectionYearOf(date)) + " (" + on.placement() + ")"
                    : on.temporaryApproval() ? "A temporary approval is already recorded for this placement on that date"
                            : null;
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
    }
}
