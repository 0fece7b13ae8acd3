package org.ourpromise.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.worklists.OtherWork;
import org.springframework.stereotype.Component;

/**
 * On the worklist of an officer who uses Promise: each open board action allocated to them by name (the action log
 * names owners as the minutes do, so the owner is matched to the user's name, ignoring case). No child is named.
 */
@Component
class BoardActionWork implements OtherWork {

    private final BoardBook book;

    BoardActionWork(BoardBook book) {
        this.book = book;
    }

    @Override
    public List<Item> itemsFor(PromiseUser user, LocalDate today) {
        String name = user.displayName().strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return List.of();
        }
        return book.actions().stream().filter(a -> !a.status().closed())
                .filter(a -> a.owner().strip().toLowerCase(Locale.ROOT).equals(name))
                .map(a -> new Item("", "Board action: " + a.description(), a.dueOn(), "/board/actions/" + a.id()))
                .toList();
    }
}
