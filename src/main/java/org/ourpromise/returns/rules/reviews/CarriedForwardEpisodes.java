package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.support.EpisodeChain;

/**
 * For each child, the episode left open at the end of last year's return (its latest episode, DEC
 * blank) paired with this year's first episode (the earliest open on or after 1 April). Twelve
 * rules compare these pairs; they are found once per validation and kept while the context lives.
 * (A cache in {@link RuleContext} itself would serve all rule packages; this one is keyed by the
 * context's identity.)
 */
final class CarriedForwardEpisodes {

    record Pair(Ssda903Row lastYear, Ssda903Row thisYear) {
    }

    private static final Map<RuleContext, List<Pair>> PAIRS = Collections.synchronizedMap(new WeakHashMap<>());

    private CarriedForwardEpisodes() {
    }

    static List<Pair> of(RuleContext ctx) {
        if (!ctx.hasPrevious()) {
            return List.of();
        }
        return PAIRS.computeIfAbsent(ctx, CarriedForwardEpisodes::pair);
    }

    private static List<Pair> pair(RuleContext ctx) {
        var pairs = new ArrayList<Pair>();
        ctx.byChild(EPISODES).forEach((child, episodes) -> {
            var open = EpisodeChain.last(ctx.previousRowsOf(EPISODES, child));
            if (open != null && open.isBlank("DEC")) {
                var first = EpisodeChain.firstOfYear(ctx, episodes);
                if (first != null) {
                    pairs.add(new Pair(open, first));
                }
            }
        });
        return List.copyOf(pairs);
    }
}
