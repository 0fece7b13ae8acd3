package org.ourpromise.board;

import org.jspecify.annotations.Nullable;

/**
 * An item on a meeting's agenda, with its paper (the pack, a report or an uploaded document), what was minuted
 * and what the board resolved.
 */
public record AgendaItem(long id, long meetingId, int position, String title, @Nullable String paperTitle,
        @Nullable String paperLink, @Nullable String minutes, @Nullable String resolution, int version) {
}
