package org.ourpromise.returns.rules.basics;

import static org.ourpromise.returns.Ssda903Table.AD1;
import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.OC3;
import static org.ourpromise.returns.Ssda903Table.PLACED_ADOPTION;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.CrossTableRule;
import org.ourpromise.returns.rules.support.EpisodeChain;

/** Rules on the AD1 and PlacedAdoption tables and their agreement with the episodes. */
public final class AdoptionRules implements RuleGroup {

    private static final String[] AD1_FIELDS = {"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
        "LS_ADOPTR"};

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new CrossTableRule("117", AdoptionRules::decisionAfterYearOrCare),
                new CrossTableRule("118", AdoptionRules::reversalBeforeYearOrCare),
                new RowRule("119", PLACED_ADOPTION,
                        (ctx, r) -> r.isBlank("DATE_PLACED_CEASED") != r.isBlank("REASON_PLACED_CEASED")),
                new RowRule("151", AD1, (ctx, r) -> Fields.anyFilled(r, AD1_FIELDS) && !Fields.allFilled(r, AD1_FIELDS)),
                new RowRule("184", PLACED_ADOPTION, AdoptionRules::decisionBeforeBirth),
                new CrossTableRule("1003", AdoptionRules::decisionBeforeCare),
                new RowRule("134", AD1, (ctx, r) -> Fields.anyFilled(r, AD1_FIELDS)
                        && CareLeaverInformation.given(ctx.rowsOf(OC3, r.child()))));
    }

    /**
     * DfE rule 117: neither decision date may be after 31 March, nor after the end of the child's latest
     * episode that is not followed by another (REC other than X1; an open episode has no end to pass).
     */
    private static void decisionAfterYearOrCare(RuleContext ctx, RuleSink sink) {
        for (var pa : ctx.rows(PLACED_ADOPTION)) {
            var latest = latest(ctx.rowsOf(EPISODES, pa.child()), e -> !"X1".equals(e.get("REC")));
            LocalDate ceased = latest == null ? null : latest.date("DEC");
            boolean afterCare = false;
            boolean afterYear = false;
            for (var column : List.of("DATE_PLACED", "DATE_PLACED_CEASED")) {
                LocalDate d = pa.date(column);
                if (d != null) {
                    afterYear |= d.isAfter(ctx.end());
                    afterCare |= ceased != null && d.isAfter(ceased);
                }
            }
            if (afterYear || afterCare) {
                sink.fail(pa);
            }
            if (afterCare) {
                sink.fail(latest);
            }
        }
    }

    /**
     * DfE rule 118: the reversal date may not be before 1 April, nor before the start of the child's
     * earliest episode that is not a short break.
     */
    private static void reversalBeforeYearOrCare(RuleContext ctx, RuleSink sink) {
        for (var pa : ctx.rows(PLACED_ADOPTION)) {
            LocalDate reversal = pa.date("DATE_PLACED_CEASED");
            if (reversal == null) {
                continue;
            }
            var first = earliest(ctx.rowsOf(EPISODES, pa.child()), e -> !EpisodeChain.isShortBreak(e));
            boolean beforeCare = first != null && reversal.isBefore(first.date("DECOM"));
            if (beforeCare || reversal.isBefore(ctx.start())) {
                sink.fail(pa);
            }
            if (beforeCare) {
                sink.fail(first);
            }
        }
    }

    /** DfE rule 1003: the decision to place may not precede the start of the child's first period of care (RNE S). */
    private static void decisionBeforeCare(RuleContext ctx, RuleSink sink) {
        for (var pa : ctx.rows(PLACED_ADOPTION)) {
            LocalDate placed = pa.date("DATE_PLACED");
            var first = earliest(ctx.rowsOf(EPISODES, pa.child()), e -> "S".equals(e.get("RNE")));
            if (placed != null && first != null && placed.isBefore(first.date("DECOM"))) {
                sink.fail(pa);
                sink.fail(first);
            }
        }
    }

    private static boolean decisionBeforeBirth(RuleContext ctx, Ssda903Row pa) {
        LocalDate placed = pa.date("DATE_PLACED");
        LocalDate dob = ctx.dateOfBirth(pa.child()).orElse(pa.date("DOB"));
        return placed != null && dob != null && placed.isBefore(dob);
    }

    /** The child's dated episode that starts last among those matching; episodes come sorted by DECOM. */
    private static @Nullable Ssda903Row latest(List<Ssda903Row> episodes, Predicate<Ssda903Row> matching) {
        Ssda903Row found = null;
        for (var e : episodes) {
            if (e.date("DECOM") != null && matching.test(e)) {
                found = e;
            }
        }
        return found;
    }

    private static @Nullable Ssda903Row earliest(List<Ssda903Row> episodes, Predicate<Ssda903Row> matching) {
        for (var e : episodes) {
            if (e.date("DECOM") != null && matching.test(e)) {
                return e;
            }
        }
        return null;
    }
}
