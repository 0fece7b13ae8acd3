package org.ourpromise.returns.rules.basics;

import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.OC2;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.CrossTableRule;
import org.ourpromise.returns.rules.support.ContinuousCare;

/**
 * Rules on OC2, the outcomes of children looked after continuously for 12 months at 31 March
 * (DOMAIN.md §1.3 OC2, §2.6). The SDQ is expected for children aged 4 or over at 1 April and under 17
 * at 31 March; the substance misuse items form a chain: problem, then intervention received, then offered.
 */
public final class OC2Rules implements RuleGroup {

    static final String[] CORE = {"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"};
    static final String[] OTHERS = {"CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"};
    static final String[] ALL = {"CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"};

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                oc2("157", (ctx, r) -> inSdqAgeRange(ctx, r) && continuous(ctx, r)
                        && r.isBlank("SDQ_SCORE") && "SDQ1".equals(r.get("SDQ_REASON"))),
                oc2("158", (ctx, r) -> "1".equals(r.get("INTERVENTION_RECEIVED")) && !r.isBlank("INTERVENTION_OFFERED")),
                oc2("159", (ctx, r) -> "1".equals(r.get("SUBSTANCE_MISUSE")) && "0".equals(r.get("INTERVENTION_RECEIVED"))
                        && r.isBlank("INTERVENTION_OFFERED")),
                oc2("182", (ctx, r) -> !Fields.allFilled(r, CORE) && Fields.anyFilled(r, OTHERS)),
                oc2("185", (ctx, r) -> !r.isBlank("SDQ_SCORE") && !continuous(ctx, r)),
                oc2("186", (ctx, r) -> inSdqAgeRange(ctx, r) && continuous(ctx, r) && noSdq(r)),
                oc2("188", (ctx, r) -> reached(ctx, r, 4, ctx.end()) == Boolean.FALSE && anySdq(r)),
                oc2("189", (ctx, r) -> reached(ctx, r, 17, ctx.start()) == Boolean.TRUE && anySdq(r)),
                oc2("190", (ctx, r) -> Fields.anyFilled(r, ALL) && !continuous(ctx, r)),
                new CrossTableRule("191", OC2Rules::itemsMissingForCohort),
                oc2("192", (ctx, r) -> "1".equals(r.get("SUBSTANCE_MISUSE")) && r.isBlank("INTERVENTION_RECEIVED")),
                oc2("193", (ctx, r) -> !"1".equals(r.get("SUBSTANCE_MISUSE"))
                        && Fields.anyFilled(r, "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")),
                oc2("197B", (ctx, r) -> (birthdayInYear(ctx, r, 4) || birthdayInYear(ctx, r, 17)) && continuous(ctx, r)
                        && noSdq(r)),
                oc2("197a", (ctx, r) -> !r.isBlank("SDQ_SCORE") && !r.isBlank("SDQ_REASON")),
                oc2("198", (ctx, r) -> !r.isBlank("SDQ_REASON") && !continuous(ctx, r)));
    }

    private static RowRule oc2(String code, BiPredicate<RuleContext, Ssda903Row> fails) {
        return new RowRule(code, OC2, fails);
    }

    private static boolean continuous(RuleContext ctx, Ssda903Row r) {
        return ContinuousCare.at31March(ctx, r.child());
    }

    private static boolean noSdq(Ssda903Row r) {
        return r.isBlank("SDQ_SCORE") && r.isBlank("SDQ_REASON");
    }

    private static boolean anySdq(Ssda903Row r) {
        return !noSdq(r);
    }

    /** Aged 4 or over on 1 April and under 17 on 31 March: the children an SDQ is expected for. */
    private static boolean inSdqAgeRange(RuleContext ctx, Ssda903Row r) {
        return reached(ctx, r, 4, ctx.start()) == Boolean.TRUE && reached(ctx, r, 17, ctx.end()) == Boolean.FALSE;
    }

    /** Whether the child had reached the age on the date; null when the date of birth is not known. */
    private static @Nullable Boolean reached(RuleContext ctx, Ssda903Row r, int age, LocalDate on) {
        LocalDate dob = Ages.dateOfBirth(ctx, r);
        return dob == null ? null : !Ages.birthday(dob, age).isAfter(on);
    }

    private static boolean birthdayInYear(RuleContext ctx, Ssda903Row r, int age) {
        LocalDate dob = Ages.dateOfBirth(ctx, r);
        if (dob == null) {
            return false;
        }
        LocalDate birthday = Ages.birthday(dob, age);
        return !birthday.isBefore(ctx.start()) && !birthday.isAfter(ctx.end());
    }

    /**
     * DfE rule 191: a child in the OC2 cohort needs immunisations, teeth check, health assessment and
     * substance misuse answered. An OC2 row missing one fails; a cohort child with no OC2 row at all is
     * reported on their first episode.
     */
    private static void itemsMissingForCohort(RuleContext ctx, RuleSink sink) {
        for (var r : ctx.rows(OC2)) {
            if (!Fields.allFilled(r, CORE) && continuous(ctx, r)) {
                sink.fail(r);
            }
        }
        for (var entry : ctx.byChild(EPISODES).entrySet()) {
            if (ctx.rowsOf(OC2, entry.getKey()).isEmpty()
                    && ContinuousCare.test(entry.getValue(), ctx.start(), ctx.end())) {
                sink.fail(entry.getValue().get(0));
            }
        }
    }
}
