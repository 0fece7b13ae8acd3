package org.ourpromise.returns.rules.placements;

import static org.ourpromise.returns.Ssda903Table.OC2;
import static org.ourpromise.returns.Ssda903Table.OC3;

import java.util.List;
import java.util.Set;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.ChildRule;

/** Care leaver (OC3) rules: who is in the table and what their answers may be (DOMAIN.md §1.3, §1.4.13–15). */
public final class CareLeaverRules implements RuleGroup {

    /** OC2 items about children looked after for 12 months, which a care leaver does not have (rule 215). */
    private static final List<String> OC2_ITEMS = List.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
            "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new ChildRule("215", OC3, (ctx, child, rows, sink) -> {
                    var leaver = rows.get(0);
                    if (!hasCareLeaverAnswers(leaver)) {
                        return;
                    }
                    for (var oc2 : ctx.rowsOf(OC2, child)) {
                        if (OC2_ITEMS.stream().anyMatch(c -> !oc2.isBlank(c))) {
                            sink.fail(leaver);
                            sink.fail(oc2);
                        }
                    }
                }),
                // DIED and RHOM carry no activity or accommodation: both are 0 (DOMAIN.md §1.4.14, §1.4.15)
                new RowRule("344", OC3, (ctx, r) -> Set.of("DIED", "RHOM").contains(r.get("IN_TOUCH"))
                        && (!"0".equals(r.get("ACTIV")) || !"0".equals(r.get("ACCOM")))),
                new RowRule("345", OC3, (ctx, r) -> "YES".equals(r.get("IN_TOUCH"))
                        && ("0".equals(r.get("ACTIV")) || "0".equals(r.get("ACCOM")))),
                // foyers (ACCOM T1/T2) are not for under-18s; OC3 answers are about the birthday in the year,
                // so the age that counts is the age reached by 31 March
                new RowRule("347", OC3, (ctx, r) -> r.get("ACCOM").startsWith("T") && dob(ctx, r) != null
                        && !Ages.atLeast(dob(ctx, r), ctx.end(), 18)),
                new RowRule("348", OC3, (ctx, r) -> !"DIED".equals(r.get("IN_TOUCH"))
                        && ctx.previousRowsOf(OC3, r.child()).stream().anyMatch(p -> "DIED".equals(p.get("IN_TOUCH")))),
                new RowRule("391", OC3, CareLeaverRules::notSeventeenToTwentyOneInYear));
    }

    private static boolean hasCareLeaverAnswers(Ssda903Row oc3) {
        return !oc3.isBlank("IN_TOUCH") || !oc3.isBlank("ACTIV") || !oc3.isBlank("ACCOM");
    }

    private static java.time.LocalDate dob(RuleContext ctx, Ssda903Row r) {
        return r.date("DOB") != null ? r.date("DOB") : ctx.dateOfBirth(r.child()).orElse(null);
    }

    /**
     * DfE rule 391: care leaver answers are for young people 17 or over by 31 March. The upper end of
     * the message (21) predates the 2022-23 extension of OC3 to 22–25 year olds (DOMAIN.md §1.6);
     * over-25s are rule 351's.
     */
    private static boolean notSeventeenToTwentyOneInYear(RuleContext ctx, Ssda903Row r) {
        var dob = dob(ctx, r);
        return dob != null && hasCareLeaverAnswers(r) && !Ages.atLeast(dob, ctx.end(), 17);
    }
}
