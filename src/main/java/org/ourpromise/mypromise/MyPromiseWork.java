package org.ourpromise.mypromise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourpromise.access.Role;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.worklists.OtherWork;
import org.springframework.stereotype.Component;

/**
 * My Promise's work on a worker's list: a young person's message waits for the worker they sent it to until it is
 * answered (due in the council's set time, an urgent worry the same day); an urgent worry is on the manager's list
 * the same day too (the recipient's team manager; the IRO manager for an IRO); views sent before a review wait for
 * the IRO to read them.
 */
@Component
class MyPromiseWork implements OtherWork {

    private final Conversations conversations;

    MyPromiseWork(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public List<Item> itemsFor(PromiseUser user, LocalDate today) {
        var items = new ArrayList<Item>();
        for (var m : conversations.unanswered()) {
            String link = "/my-promise/messages/" + m.id();
            if (m.toWorkerId().equals(user.workerId())) {
                items.add(new Item(m.childId(), (m.urgent() ? "Urgent worry from My Promise: answer today"
                        : "Answer a message from My Promise"), m.urgent() ? m.sentAt().toLocalDate() : m.answerDue(),
                        link));
            } else if (m.urgent() && managerOf(user, m)) {
                items.add(new Item(m.childId(), "Urgent worry sent to the " + m.toRole().words()
                        + ": check it is answered today", m.sentAt().toLocalDate(), link));
            }
        }
        if (user.workerId() != null) {
            for (var v : conversations.unreadViewsFor(user.workerId())) {
                items.add(new Item(v.childId(), "Read the views sent from My Promise before the review", v.reviewDue(),
                        "/my-promise/views/" + v.id()));
            }
        }
        return items;
    }

    private static boolean managerOf(PromiseUser user, Message m) {
        if (m.toRole() == Message.To.IRO) {
            return user.role() == Role.IRO_MANAGER;
        }
        return user.role() == Role.TEAM_MANAGER && m.toTeam() != null && m.toTeam().equals(user.teamId());
    }
}
