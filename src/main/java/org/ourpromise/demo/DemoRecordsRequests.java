package org.ourpromise.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ourpromise.complaints.ComplaintOutcome;
import org.ourpromise.complaints.ComplaintOutcomes;
import org.ourpromise.complaints.ComplaintRegister;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.recordsrequests.RecordsRequest;
import org.ourpromise.recordsrequests.RecordsRequests;
import org.ourpromise.recordsrequests.RequestProgress;
import org.ourpromise.recordsrequests.ResponseDeadline;
import org.ourpromise.writtentoyou.ChildsWords;
import org.ourpromise.writtentoyou.WrittenToYou;
import org.springframework.stereotype.Component;

/**
 * Requests for records over the last year (a council this size hears a few a month, mostly from adults who were in
 * care), some waiting for identity, some extended, most sent in time; and the outcomes and themes of the demo
 * complaints (most not upheld or partly upheld at stage 1, a few to the Ombudsman); and visits and reviews written
 * to the child, with what the child said. From the seed, like the rest.
 */
@Component
class DemoRecordsRequests {

    private static final String[] ASKED_FOR = {"Everything from my time in care", "Why I came into care",
        "My placement history and the reasons I moved", "My review records from secondary school",
        "Records about my brother and me, 2012 to 2016"};

    private final RecordsRequests requests;
    private final ComplaintRegister complaints;
    private final ComplaintOutcomes outcomes;
    private final WrittenToYou writtenToYou;

    DemoRecordsRequests(RecordsRequests requests, ComplaintRegister complaints, ComplaintOutcomes outcomes,
            WrittenToYou writtenToYou) {
        this.requests = requests;
        this.complaints = complaints;
        this.outcomes = outcomes;
        this.writtenToYou = writtenToYou;
    }

    void add(List<ChildRecord> council, LocalDate today, long seed) {
        var random = new Random(seed ^ 0x5A12L);
        var people = new ArrayList<>(council);
        for (int i = 0; i < 40; i++) {
            var child = people.get(random.nextInt(people.size()));
            var received = today.minusDays(random.nextInt(365));
            if (received.isBefore(child.dateOfBirth())) {
                continue;
            }
            var kind = RecordsRequest.RequesterKind.values()[random.nextDouble() < 0.55 ? 1 : random.nextInt(4)];
            boolean identityAsked = random.nextDouble() < 0.4;
            long id = requests.log(child.childId(), kind == RecordsRequest.RequesterKind.PARENT ? "A parent"
                    : child.identity().fullName(), kind, ASKED_FOR[random.nextInt(ASKED_FOR.length)], received,
                    identityAsked, "performance");
            progress(requests.find(id).orElseThrow(), today, random);
        }
        addOutcomes(random);
        addChildsWords(council, today, random);
    }

    private static final String[] WRITTEN = {"I came to see you at home. You showed me your room and we talked about school.",
        "We talked about seeing your mum. You will see her every other Saturday.",
        "Your plan says you will stay with your carers and go to the same school.",
        "At your review everyone agreed you are doing well. Your next review is in six months."};
    private static final String[] SAID = {"I like it here. I want to stay.", "I miss my brother. Can I see him more?",
        "School is OK but maths is hard.", "I want to choose who comes to my review.", "I don't want to move again."};

    /** Visits and reviews of the last year written to about a third of the children, with what they said. */
    private void addChildsWords(List<ChildRecord> council, LocalDate today, Random random) {
        for (var child : council) {
            if (random.nextDouble() >= 0.35) {
                continue;
            }
            for (var v : child.visits()) {
                if (v.date().isAfter(today.minusYears(1)) && random.nextDouble() < 0.6) {
                    writtenToYou.save(child.childId(), WrittenToYou.About.VISIT, v.date(), null, new ChildsWords(
                            WRITTEN[random.nextInt(2)], SAID[random.nextInt(SAID.length)]), "social.worker");
                }
            }
            for (var r : child.reviews()) {
                if (r.date().isAfter(today.minusYears(1))) {
                    writtenToYou.save(child.childId(), WrittenToYou.About.REVIEW, r.date(), null, new ChildsWords(
                            WRITTEN[3], SAID[2 + random.nextInt(3)]), "iro");
                }
            }
        }
    }

    private void progress(RecordsRequest r, LocalDate today, Random random) {
        var checked = r.identityAsked() && random.nextDouble() < 0.85 ? r.received().plusDays(3 + random.nextInt(12)) : null;
        if (checked != null && checked.isAfter(today)) {
            checked = null;
        }
        var start = ResponseDeadline.clockStarts(r.received(), r.identityAsked(), checked);
        if (start == null) {
            return;
        }
        int extension = random.nextDouble() < 0.15 ? 1 + random.nextInt(2) : 0;
        var told = extension > 0 ? start.plusDays(10 + random.nextInt(12)) : null;
        if (told != null && told.isAfter(today)) {
            extension = 0;
            told = null;
        }
        var due = ResponseDeadline.due(start, extension);
        var sent = due.minusDays(random.nextInt(20) - 3);
        var progress = new RequestProgress(r.identityAsked(), checked, extension,
                extension > 0 ? "Many years of records to read for other people's information" : null, told,
                sent.isAfter(today) ? null : sent);
        requests.progress(r, r.version(), progress, "performance");
    }

    private void addOutcomes(Random random) {
        var themes = outcomes.themes();
        for (var c : complaints.all()) {
            var stages = c.complaint();
            var s1 = stages.stage1Responded() == null ? null : finding(random);
            var s2 = stages.stage2Responded() == null ? null : finding(random);
            var s3 = stages.authorityResponded() == null ? null : finding(random);
            var chosen = new ArrayList<Long>(List.of(themes.get(random.nextInt(themes.size())).id()));
            if (random.nextDouble() < 0.3) {
                var second = themes.get(random.nextInt(themes.size())).id();
                if (!chosen.contains(second)) {
                    chosen.add(second);
                }
            }
            boolean finished = s1 != null && stages.stage2Requested() == null || s3 != null;
            var ombudsman = s3 != null && random.nextDouble() < 0.5 ? stages.authorityResponded().plusDays(20) : null;
            if (ombudsman != null && ombudsman.isAfter(complaints.today())) {
                ombudsman = null;
            }
            outcomes.save(new ComplaintOutcome(c.reference(), s1, s2, s3, chosen,
                    finished && s1 != ComplaintOutcome.Finding.NOT_UPHELD ? "Explain decisions to young people in "
                            + "writing, in words they use" : null,
                    finished && s1 == ComplaintOutcome.Finding.UPHELD ? "Apology sent; the team's practice was "
                            + "discussed at its next meeting" : null,
                    ombudsman, ombudsman == null ? null : ComplaintOutcome.OmbudsmanFinding.values()[random.nextInt(5)], 0),
                    0, "complaints");
        }
    }

    private static ComplaintOutcome.Finding finding(Random random) {
        double r = random.nextDouble();
        return r < 0.2 ? ComplaintOutcome.Finding.UPHELD : r < 0.5 ? ComplaintOutcome.Finding.PARTLY_UPHELD
                : r < 0.92 ? ComplaintOutcome.Finding.NOT_UPHELD : ComplaintOutcome.Finding.WITHDRAWN;
    }
}
