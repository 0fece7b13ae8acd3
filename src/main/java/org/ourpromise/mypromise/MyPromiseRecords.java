package org.ourpromise.mypromise;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Adding what young people sent through My Promise without a request (the demo council's, from the simulation's
 * random streams): views before a review, messages with their answers, requests for records. The pages add them
 * through {@link Conversations}, which checks and audits each one.
 */
@Service
public class MyPromiseRecords {

    /** Which of their workers a message went to. */
    public enum To {
        SOCIAL_WORKER, IRO, PERSONAL_ADVISER
    }

    /** How a young person wants their review held. */
    public enum Held {
        IN_PERSON, VIDEO_CALL, MIXED, NOT_SURE
    }

    private final MyPromiseRepository repository;
    private final Conversations conversations;

    MyPromiseRecords(MyPromiseRepository repository, Conversations conversations) {
        this.repository = repository;
        this.conversations = conversations;
    }

    /** A message sent on {@code sent}, answered when {@code answer} is given. */
    public void addMessage(String childId, To to, String workerId, @Nullable String team, boolean urgent, String body,
            LocalDateTime sent, @Nullable String answer, @Nullable LocalDateTime answeredAt, @Nullable String answeredBy) {
        long id = repository.addMessage(new Message(0, childId, Message.To.valueOf(to.name()), workerId, team, urgent,
                body, sent, conversations.answerDue(sent.toLocalDate()), null, null, null, 0));
        if (answer != null && answeredAt != null && answeredBy != null) {
            repository.answer(id, answer, answeredBy, answeredAt, 0);
        }
    }

    public void addViews(String childId, @Nullable LocalDate reviewDue, @Nullable String goingWell,
            @Nullable String wantToChange, @Nullable String whoThere, Held held, boolean chairPart,
            @Nullable String iroWorkerId, LocalDateTime sent) {
        repository.addViews(new ReviewViews(0, childId, reviewDue, goingWell, wantToChange, whoThere,
                ReviewViews.HeldHow.valueOf(held.name()), chairPart, iroWorkerId, sent, null, null, 0));
    }

    public void addRecordsRequest(String childId, String what, String how, LocalDateTime at) {
        repository.addRecordsRequest(childId, what, how, at);
    }
}
