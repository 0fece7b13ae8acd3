package org.ourpromise.returns.rules.support;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;

/**
 * A rule about each episode and the one before it for the same child (in DECOM order); the later
 * episode is reported. One pass over the episodes indexed by child.
 */
public record ConsecutiveEpisodes(String code, Test test) implements ValidationRule {

    @FunctionalInterface
    public interface Test {
        boolean fails(RuleContext ctx, Ssda903Row previous, Ssda903Row current);
    }

    @Override
    public void check(RuleContext ctx, RuleSink sink) {
        for (var episodes : ctx.byChild(EPISODES).values()) {
            for (int i = 1; i < episodes.size(); i++) {
                if (test.fails(ctx, episodes.get(i - 1), episodes.get(i))) {
                    sink.fail(episodes.get(i));
                }
            }
        }
    }
}
