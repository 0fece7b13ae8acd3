package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.OC2;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.ContinuousCare;

/**
 * Rules on the OC2 outcomes of children looked after continuously for 12 months (DOMAIN.md §1.3
 * OC2, §2.6): conviction only from age 10 and health promotion only under 5, both at 31 March,
 * and either one given means the four health fields are given too.
 */
public final class HealthRules implements RuleGroup {

    private static final List<String> HEALTH_FIELDS =
            List.of("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("542", OC2, (ctx, r) -> !r.isBlank("CONVICTED") && ageKnown(ctx, r) && !aged(ctx, r, 10)),
                new RowRule("543", OC2, (ctx, r) -> r.isBlank("CONVICTED") && ageKnown(ctx, r) && aged(ctx, r, 10)
                        && ContinuousCare.at31March(ctx, r.child())),
                new RowRule("544", OC2, (ctx, r) -> !r.isBlank("CONVICTED") && missingHealthField(r)),
                new RowRule("545", OC2, (ctx, r) -> r.isBlank("HEALTH_CHECK") && ageKnown(ctx, r) && !aged(ctx, r, 5)
                        && ContinuousCare.at31March(ctx, r.child())),
                new RowRule("546", OC2, (ctx, r) -> !r.isBlank("HEALTH_CHECK") && ageKnown(ctx, r) && aged(ctx, r, 5)
                        && ContinuousCare.at31March(ctx, r.child())),
                new RowRule("547", OC2, (ctx, r) -> !r.isBlank("HEALTH_CHECK") && missingHealthField(r)));
    }

    private static boolean missingHealthField(Ssda903Row r) {
        for (var f : HEALTH_FIELDS) {
            if (r.isBlank(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ageKnown(RuleContext ctx, Ssda903Row r) {
        return birth(ctx, r) != null;
    }

    /** Whether the child is aged {@code years} or over at 31 March. */
    private static boolean aged(RuleContext ctx, Ssda903Row r, int years) {
        return Ages.atLeast(birth(ctx, r), ctx.end(), years);
    }

    /** The OC2 row's DOB, or the Header's when the OC2 row has none. */
    private static @Nullable LocalDate birth(RuleContext ctx, Ssda903Row r) {
        LocalDate dob = r.date("DOB");
        return dob != null ? dob : ctx.dateOfBirth(r.child()).orElse(null);
    }
}
