package org.ourpromise.missing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.casefile.CaseFile;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.casefile.Outcome;
import org.ourpromise.casefile.RecordChecks;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A missing or away episode, and later the return from it and its return interview. */
@Service
class MissingRecording {

    private final CaseFile caseFile;
    private final MissingEpisodeRepository missing;

    MissingRecording(CaseFile caseFile, MissingEpisodeRepository missing) {
        this.caseFile = caseFile;
        this.missing = missing;
    }

    @Transactional
    public Outcome episode(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
        var today = caseFile.today();
        LocalDate start = in.date("start", "date they went missing", true, today);
        String type = in.code("type", "kind of absence", CodeList.MISSING, RecordChecks.codeYear(start, today), true);
        LocalDate end = in.date("end", "date they came back", false, today);
        LocalDate offered = in.date("offered", "date the return interview was offered", false, today);
        LocalDate held = in.date("held", "date the return interview was held", false, today);
        boolean declined = in.yes("declined");
        if (start != null && !RecordChecks.inCareOn(child, start)) {
            in.error("start", "This child was not in care on that date");
        }
        checkReturn(in, start, end, held, declined);
        if (in.hasErrors()) {
            // the kind of absence is read after the date (its code list is the date's year) but asked first
            in.orderAsOnThePage("type", "start", "end", "offered", "held", "declined");
            return Outcome.refused(in, child);
        }
        missing.insert(childId, List.of(new MissingEpisode(type, start, end, offered, held, declined)));
        return caseFile.recorded(reread(child), (type.equals("M") ? "Missing" : "Away") + " episode from "
                + Ssda903Dates.format(start), new MissingEpisodeRecorded(childId, start));
    }

    /** The return from a missing or away episode already recorded, and its return interview. */
    @Transactional
    public Outcome returned(PromiseUser user, String childId, FormInput in) {
        var child = caseFile.read(user, childId);
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
            return Outcome.refused(in, child);
        }
        missing.update(childId, new MissingEpisode(episode.type(), episode.started(), end,
                offered != null ? offered : episode.interviewOffered(), held != null ? held : episode.interviewHeld(),
                declined || episode.interviewDeclined()));
        return caseFile.recorded(reread(child), (episode.type().equals("M") ? "Missing" : "Away") + " episode from "
                + Ssda903Dates.format(episode.started()) + ": return and interview recorded",
                new ReturnFromMissingRecorded(childId, episode.started()));
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

    private ChildRecord reread(ChildRecord child) {
        return child.withMissing(missing.episodes(child.childId()).getOrDefault(child.childId(), List.of()));
    }
}
