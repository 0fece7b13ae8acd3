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
                // DIED and RHOM carry no activity or accommodation; 0 ("not known") is accepted as empty
                new RowRule("344", OC3, (ctx, r) -> Set.of("DIED", "RHOM").contains(r.get("IN_TOUCH"))
                        && (answered(r.get("ACTIV")) || answered(r.get("ACCOM")))),
                new RowRule("345", OC3, (ctx, r) -> "YES".equals(r.get("IN_TOUCH"))
                        && (!answered(r.get("ACTIV")) || !answered(r.get("ACCOM")))),
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

    private static boolean answered(String value) {
        return !value.isEmpty() && !"0".equals(value);
    }

    private static java.time.LocalDate dob(RuleContext ctx, Ssda903Row r) {
        return r.date("DOB") != null ? r.date("DOB") : ctx.dateOfBirth(r.child()).orElse(null);
    }

    /** At no time in the year aged 17 to 21: under 17 on 31 March, or 22 already on 1 April. */
    private static boolean notSeventeenToTwentyOneInYear(RuleContext ctx, Ssda903Row r) {
        var dob = dob(ctx, r);
        if (dob == null) {
            return false;
        }
        return !Ages.atLeast(dob, ctx.end(), 17) || Ages.atLeast(dob, ctx.start(), 22);
    }
}
