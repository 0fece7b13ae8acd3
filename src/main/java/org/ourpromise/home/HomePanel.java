package org.ourpromise.home;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One panel of a home page: a heading, the lines (at most {@link #SHOWN}; the rest behind {@code moreHref}), what
 * to say when there are none, and a link to the full list.
 *
 * @param total how many there are in all (the lines may be fewer)
 */
public record HomePanel(String heading, List<HomeLine> lines, int total, String empty, @Nullable String moreHref,
        @Nullable String moreText) {

    static final int SHOWN = 10;

    /** The first {@link #SHOWN} of {@code all}, with a link to the rest. */
    static HomePanel of(String heading, List<HomeLine> all, String empty, @Nullable String moreHref,
            @Nullable String moreText) {
        return new HomePanel(heading, all.size() > SHOWN ? List.copyOf(all.subList(0, SHOWN)) : List.copyOf(all),
                all.size(), empty, moreHref, moreText);
    }

    public boolean hasMore() {
        return total > lines.size();
    }
}
