package org.ourpromise.returns.rules.reviews;

import static org.ourpromise.returns.Ssda903Table.REVIEWS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;

/**
 * Rules on reviews: the participation code PN0 means the child was under 4 at the review (DOMAIN.md
 * §1.4.10). On the 4th birthday itself both PN0 and PN1–PN7 are accepted, as DfE's rules 440 and
 * 441 each test strictly.
 */
public final class ReviewRules implements RuleGroup {

    private static final Set<String> AGED_FOUR_OR_OVER = Set.of("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("440", REVIEWS, (ctx, r) -> "PN0".equals(r.get("REVIEW_CODE"))
                        && fourthBirthday(ctx, r) != null && r.date("REVIEW") != null
                        && r.date("REVIEW").isAfter(fourthBirthday(ctx, r))),
                new RowRule("441", REVIEWS, (ctx, r) -> AGED_FOUR_OR_OVER.contains(r.get("REVIEW_CODE"))
                        && fourthBirthday(ctx, r) != null && r.date("REVIEW") != null
                        && r.date("REVIEW").isBefore(fourthBirthday(ctx, r))));
    }

    /** From the review row's DOB, or the Header's when the review row has none. */
    private static @Nullable LocalDate fourthBirthday(RuleContext ctx, Ssda903Row review) {
        LocalDate dob = review.date("DOB");
        if (dob == null) {
            dob = ctx.dateOfBirth(review.child()).orElse(null);
        }
        return dob == null ? null : dob.plusYears(4);
    }
}
