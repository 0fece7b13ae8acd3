package org.ourpromise.returns.rules.placements;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.ourpromise.returns.rules.support.ChildRule;
import org.ourpromise.returns.rules.support.EpisodeChain;

/**
 * Legal statuses against age and time limits: the Children Act 1989 limits on police protection
 * (s46, 72 hours), emergency protection (s45) and child assessment orders (s43, 7 days), PACE
 * 1984 detention, and short breaks (Care Planning Regulations 2010 reg 48: no break over 17 days,
 * no more than 75 days in 12 months). Open episodes are measured to 31 March.
 */
public final class LegalStatusRules implements RuleGroup {

    private static final Set<String> YOUTH_JUSTICE = Set.of("J1", "J2", "J3");
    /** Long-term foster placements, which a short break cannot be (rule 384). */
    private static final Set<String> LONG_TERM_FOSTER = Set.of("U1", "U4");
    /** Episodes under a freeing order (D1) start no later than December 2005 (rule 445). */
    private static final LocalDate LAST_FREEING_ORDERS = LocalDate.of(2005, 12, 31);

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("358", EPISODES, (ctx, e) -> {
                    var dob = ctx.dateOfBirth(e.child()).orElse(null);
                    return YOUTH_JUSTICE.contains(e.get("LS")) && dob != null && e.date("DECOM") != null
                            && !Ages.atLeast(dob, e.date("DECOM"), 10);
                }),
                new RowRule("359", EPISODES, LegalStatusRules::over18NotInCommunityHome),
                // Freeing orders (D1) were replaced by placement orders when the Adoption and Children Act
                // 2002 came into force on 30 December 2005.
                new RowRule("445", EPISODES, (ctx, e) -> "D1".equals(e.get("LS")) && e.date("DECOM") != null
                        && e.date("DECOM").isAfter(LAST_FREEING_ORDERS)),
                new RowRule("451", EPISODES, (ctx, e) -> "D1".equals(e.get("LS")) && e.isBlank("DEC")
                        && e.isBlank("REC")),
                longerThan("361", "L1", 3),
                longerThan("362", "L2", 21),
                longerThan("363", "L3", 7),
                new ChildRule("364", EPISODES, LegalStatusRules::paceDetentionTooLong),
                longerThan("365", "V3", 17),
                new RowRule("366", EPISODES, (ctx, e) -> "V3".equals(e.get("LS")) && !"S".equals(e.get("RNE"))),
                new ChildRule("367", EPISODES, LegalStatusRules::respiteOver75Days),
                new RowRule("378", EPISODES, (ctx, e) -> "P1".equals(e.get("PLACE")) && "V2".equals(e.get("LS"))),
                new RowRule("382", EPISODES, (ctx, e) -> EpisodeChain.isShortBreak(e) && Places.isTemporary(e)),
                new RowRule("384", EPISODES, (ctx, e) -> EpisodeChain.isShortBreak(e)
                        && LONG_TERM_FOSTER.contains(e.get("PLACE"))));
    }

    private static RowRule longerThan(String code, String legalStatus, int maxDays) {
        return new RowRule(code, EPISODES, (ctx, e) -> legalStatus.equals(e.get("LS"))
                && Places.days(e, ctx.end()) > maxDays);
    }

    /**
     * DfE rule 359: a young person still looked after at 31 March after their 18th birthday can only
     * be accommodated under s20(5) (V2) in a community home (K2).
     */
    private static boolean over18NotInCommunityHome(RuleContext ctx, Ssda903Row e) {
        var dob = ctx.dateOfBirth(e.child()).orElse(null);
        if (dob == null || !e.isBlank("DEC") || !Ages.birthday(dob, 18).isBefore(ctx.end())) {
            return false;
        }
        return !("V2".equals(e.get("LS")) && "K2".equals(e.get("PLACE")));
    }

    /** DfE rule 364: a run of J2 episodes, each starting the day the last ended, lasts over 21 days. */
    private static void paceDetentionTooLong(RuleContext ctx, String child, List<Ssda903Row> eps, RuleSink sink) {
        var run = new ArrayList<Ssda903Row>();
        long total = 0;
        LocalDate runEnd = null;
        for (var e : eps) {
            if (!"J2".equals(e.get("LS")) || e.date("DECOM") == null) {
                total = flush(run, total, sink);
                runEnd = null;
                continue;
            }
            if (runEnd == null || !runEnd.equals(e.date("DECOM"))) {
                total = flush(run, total, sink);
            }
            run.add(e);
            total += Math.max(0, Places.days(e, ctx.end()));
            runEnd = e.isBlank("DEC") ? ctx.end() : e.date("DEC");
        }
        flush(run, total, sink);
    }

    private static long flush(List<Ssda903Row> run, long total, RuleSink sink) {
        if (total > 21) {
            run.forEach(sink::fail);
        }
        run.clear();
        return 0;
    }

    /**
     * DfE rule 367: the days of V3 breaks inside the collection year (an open break runs to 31 March)
     * add up to more than 75; every break that counted is reported.
     */
    private static void respiteOver75Days(RuleContext ctx, String child, List<Ssda903Row> eps, RuleSink sink) {
        var counted = new ArrayList<Ssda903Row>();
        long total = 0;
        for (var e : eps) {
            var start = e.date("DECOM");
            if (!"V3".equals(e.get("LS")) || start == null) {
                continue;
            }
            var end = e.isBlank("DEC") || e.date("DEC") == null || e.date("DEC").isAfter(ctx.end())
                    ? ctx.end() : e.date("DEC");
            var from = start.isBefore(ctx.start()) ? ctx.start() : start;
            long days = ChronoUnit.DAYS.between(from, end);
            if (days > 0) {
                counted.add(e);
                total += days;
            }
        }
        if (total > 75) {
            counted.forEach(sink::fail);
        }
    }
}
