package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.CodeGroups;
import org.ourpromise.returns.rules.support.CrossTableRule;

/**
 * Rules that an episode's codes agree with each other and with the child's age: legal status with
 * placement (DOMAIN.md §1.4.4, §1.4.6), reason ceased with placement and age (§1.4.8).
 */
public final class EpisodeCodeRules implements RuleGroup {

    /** DfE rule 446 accepts E1 (placement order, Adoption and Children Act 2002) from December 2005 on. */
    private static final LocalDate PLACEMENT_ORDERS_BEGIN = LocalDate.of(2005, 12, 1);
    private static final Set<String> SPECIAL_GUARDIANSHIP = Set.of("E45", "E46", "E47", "E48");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("407", EPISODES, (ctx, e) -> SPECIAL_GUARDIANSHIP.contains(e.get("REC"))
                        && agedAtLeast18(ctx, e)),
                // A5/A6 are placements under a placement order, which is legal status E1.
                new RowRule("408", EPISODES, (ctx, e) -> Set.of("A5", "A6").contains(e.get("PLACE"))
                        && !"E1".equals(e.get("LS"))),
                new CrossTableRule("426", EpisodeCodeRules::shortBreaksOfBothKinds),
                new RowRule("446", EPISODES, (ctx, e) -> "E1".equals(e.get("LS")) && e.date("DECOM") != null
                        && e.date("DECOM").isBefore(PLACEMENT_ORDERS_BEGIN)),
                new RowRule("460", EPISODES, (ctx, e) -> "E17".equals(e.get("REC")) && under18(ctx, e)),
                // SGO to former foster carers (E45/E46) needs the child to have been with foster carers.
                new RowRule("516", EPISODES, (ctx, e) -> Set.of("E45", "E46").contains(e.get("REC"))
                        && !CodeGroups.FOSTER.contains(e.get("PLACE"))));
    }

    /** 407: a special guardianship order cannot end care on or after the 18th birthday. */
    private static boolean agedAtLeast18(RuleContext ctx, Ssda903Row e) {
        LocalDate dob = ctx.dateOfBirth(e.child()).orElse(null);
        LocalDate ended = e.date("DEC");
        return dob != null && ended != null && Ages.atLeast(dob, ended, 18);
    }

    private static boolean under18(RuleContext ctx, Ssda903Row e) {
        LocalDate dob = ctx.dateOfBirth(e.child()).orElse(null);
        LocalDate ended = e.date("DEC");
        return dob != null && ended != null && !Ages.atLeast(dob, ended, 18);
    }

    /**
     * 426: a child's short breaks in the year are recorded one way, V3 (each break) or V4 (the
     * agreement), not both; every V3 and V4 episode of the year of such a child is reported.
     */
    private static void shortBreaksOfBothKinds(RuleContext ctx, RuleSink sink) {
        for (var episodes : ctx.byChild(EPISODES).values()) {
            var breaks = new ArrayList<Ssda903Row>();
            boolean v3 = false;
            boolean v4 = false;
            for (var e : episodes) {
                if (EpisodeChain.isShortBreak(e) && EpisodeChain.inYear(ctx, e)) {
                    breaks.add(e);
                    v3 |= e.get("LS").equals("V3");
                    v4 |= e.get("LS").equals("V4");
                }
            }
            if (v3 && v4) {
                breaks.forEach(sink::fail);
            }
        }
    }
}
