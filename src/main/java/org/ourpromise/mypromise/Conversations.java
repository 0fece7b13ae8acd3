package org.ourpromise.mypromise;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.casefile.FormInput;
import org.ourpromise.timescales.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a young person sends and what comes back: their views before a review (to their IRO) and worries or views
 * sent to a worker they choose, who must answer within the working days the council sets
 * ({@code promise.my-promise.answer-within-working-days}). Every send, answer and reading is audited.
 */
@Service
class Conversations {

    private final MyPromiseRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final int answerWithin;

    Conversations(MyPromiseRepository repository, AuditLog audit, Clock clock,
            @Value("${promise.my-promise.answer-within-working-days:5}") int answerWithin) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.answerWithin = answerWithin;
    }

    int answerWithin() {
        return answerWithin;
    }

    /** The day an answer to a message sent today is due. */
    LocalDate answerDue(LocalDate sent) {
        return WorkingDayCalendar.englandAndWales().addWorkingDays(sent, answerWithin);
    }

    /** Views from the form, checked; saved and sent to the IRO only when nothing is wrong. */
    @Transactional
    Optional<Long> sendViews(MyRecord me, FormInput in, @Nullable LocalDate reviewDue, @Nullable String iroWorkerId) {
        String goingWell = words(in, "goingWell", ReviewViews.LONGEST);
        String change = words(in, "wantToChange", ReviewViews.LONGEST);
        String who = words(in, "whoThere", 1000);
        var held = in.choice("heldHow", List.of(ReviewViews.HeldHow.values()),
                "Choose how you would like your review to happen");
        if (!in.hasErrors() && goingWell == null && change == null && who == null) {
            in.error("goingWell", "Write something in at least one box, so your IRO knows what you think");
        }
        if (in.hasErrors() || held == null) {
            return Optional.empty();
        }
        long id = repository.addViews(new ReviewViews(0, me.childId(), reviewDue, goingWell, change, who, held,
                in.yes("chairPart"), iroWorkerId, LocalDateTime.now(clock), null, null, 0));
        audit.record(AuditLog.Action.RECORD_EVENT, me.childId(), "sent their views before their review to their IRO");
        return Optional.of(id);
    }

    /** A worry or view to one of their own workers, checked; the worker is one the page offered, or nothing is sent. */
    @Transactional
    Optional<Long> send(MyRecord me, FormInput in, Map<Message.To, MyPromiseReads.Worker> workers) {
        var to = in.choice("to", workers.keySet(), "Choose who you want to send this to");
        String body = words(in, "body", Message.LONGEST);
        if (body == null && !in.errors().containsKey("body")) {
            in.error("body", "Write what you want to tell them");
        }
        if (in.hasErrors() || to == null || body == null) {
            return Optional.empty();
        }
        var worker = workers.get(to);
        var now = LocalDateTime.now(clock);
        boolean urgent = in.yes("urgent");
        long id = repository.addMessage(new Message(0, me.childId(), to, worker.workerId(), worker.team(), urgent, body,
                now, answerDue(now.toLocalDate()), null, null, null, 0));
        audit.record(AuditLog.Action.RECORD_EVENT, me.childId(), "sent " + (urgent ? "an urgent worry" : "a message")
                + " to their " + to.words());
        return Optional.of(id);
    }

    /** What they wrote in a box, or null when blank; too long is an error that says how much to cut. */
    static @Nullable String words(FormInput in, String name, int max) {
        String v = in.raw(name);
        if (v.length() > max) {
            in.error(name, "You have written " + v.length() + " letters and spaces. Please make it shorter: " + max
                    + " or fewer");
            return null;
        }
        return v.isEmpty() ? null : v;
    }

    List<Message> messages(String childId) {
        return repository.messages(childId);
    }

    List<ReviewViews> views(String childId) {
        return repository.views(childId);
    }

    Optional<Message> message(long id) {
        return repository.message(id);
    }

    Optional<ReviewViews> viewsById(long id) {
        return repository.viewsById(id);
    }

    /** The worker's answer, once, at the version the page showed; false when someone answered first. */
    @Transactional
    boolean answer(Message m, String answer, String username, int version) {
        if (!repository.answer(m.id(), answer, username, LocalDateTime.now(clock), version)) {
            return false;
        }
        audit.record(AuditLog.Action.RECORD_EVENT, m.childId(), "answered the young person's message sent "
                + m.sentAt().toLocalDate());
        return true;
    }

    @Transactional
    boolean markRead(ReviewViews v, String username, int version) {
        if (!repository.markViewsRead(v.id(), username, LocalDateTime.now(clock), version)) {
            return false;
        }
        audit.record(AuditLog.Action.RECORD_EVENT, v.childId(), "read the young person's views before their review");
        return true;
    }

    List<Message> unanswered() {
        return repository.unanswered();
    }

    List<ReviewViews> unreadViewsFor(String iroWorkerId) {
        return repository.unreadViewsFor(iroWorkerId);
    }

    @Transactional
    void requestRecords(MyRecord me, String what, String how) {
        repository.addRecordsRequest(me.childId(), what, how, LocalDateTime.now(clock));
        audit.record(AuditLog.Action.RECORD_EVENT, me.childId(), "asked for a copy of their records");
    }
}
