package org.ourpromise.care;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.PlanWords;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.writtentoyou.ChildsWords;
import org.ourpromise.writtentoyou.WrittenToYou;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A plan or assessment written, a notification sent, or the IRO's midway check. */
@Service
class PlanRecording {

    private final CaseFile caseFile;
    private final CareEpisodeRepository care;
    private final WrittenToYou writtenToYou;

    PlanRecording(CaseFile caseFile, CareEpisodeRepository care, WrittenToYou writtenToYou) {
        this.caseFile = caseFile;
        this.care = care;
        this.writtenToYou = writtenToYou;
    }

    @Transactional
    public Outcome record(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
        PlanEvent.Kind kind = in.choice("kind", PlanWords.ON_THE_PLAN_FORM, "Select what was done");
        LocalDate date = in.date("date", "date it was done", true, caseFile.today());
        if (kind != null && date != null) {
            // needs assessments and pathway plans are for care leavers: an age, not care, decides them
            boolean forCareLeavers = kind == PlanEvent.Kind.NEEDS_ASSESSMENT || kind == PlanEvent.Kind.PATHWAY_PLAN;
            int minimumAge = kind == PlanEvent.Kind.PATHWAY_PLAN ? 16 : 15;
            if (forCareLeavers && date.isBefore(child.dateOfBirth().plusYears(minimumAge))) {
                in.error("date", PlanWords.title(kind) + ": the young person must be " + minimumAge
                        + " or over on that date");
            } else if (!forCareLeavers && !RecordChecks.inCareOn(child, date)) {
                in.error("date", "This child was not in care on that date");
            }
        }
        var words = ChildsWords.read(in);
        if (in.hasErrors()) {
            return Outcome.refused(in, child);
        }
        care.insertPlans(childId, List.of(new PlanEvent(kind, date)));
        writtenToYou.save(childId, WrittenToYou.About.PLAN, date, kind.name(), words, user.username());
        var changed = child.withPlans(care.plans(childId).getOrDefault(childId, List.of()));
        return caseFile.recorded(changed, PlanWords.title(kind) + " on " + Ssda903Dates.format(date),
                new PlanRecorded(childId, kind, date));
    }
}
