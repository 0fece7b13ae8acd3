package org.ourpromise.returns.rules.integrity;

import static org.ourpromise.returns.Ssda903Table.AD1;
import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.HEADER;
import static org.ourpromise.returns.Ssda903Table.MISSING;
import static org.ourpromise.returns.Ssda903Table.OC2;
import static org.ourpromise.returns.Ssda903Table.OC3;
import static org.ourpromise.returns.Ssda903Table.PLACED_ADOPTION;
import static org.ourpromise.returns.Ssda903Table.PREV_PERM;
import static org.ourpromise.returns.Ssda903Table.REVIEWS;
import static org.ourpromise.returns.Ssda903Table.UASC;

import java.util.ArrayList;
import java.util.List;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;

/**
 * The DfE data integrity checks (INT*): a child present in a module but not in Header, a DOB or SEX
 * that differs from the Header's, a child listed twice in a one-row-per-child table; and the EPI
 * warning. Each failure is reported on the row of the table the message names.
 */
public final class IntegrityRules implements RuleGroup {

    @Override
    public List<ValidationRule> rules() {
        var rules = new ArrayList<ValidationRule>();
        rules.add(notInHeader("INT01", AD1));
        rules.add(notInHeader("INT02", PLACED_ADOPTION));
        rules.add(notInHeader("INT03", EPISODES));
        rules.add(notInHeader("INT04", MISSING));
        rules.add(notInHeader("INT05", OC2));
        rules.add(notInHeader("INT06", OC3));
        rules.add(notInHeader("INT07", PREV_PERM));
        rules.add(notInHeader("INT08", REVIEWS));
        rules.add(notInHeader("INT09", UASC));
        rules.add(differsFromHeader("INT11", AD1, "DOB"));
        rules.add(differsFromHeader("INT12", PLACED_ADOPTION, "DOB"));
        rules.add(differsFromHeader("INT13", MISSING, "DOB"));
        rules.add(differsFromHeader("INT14", OC2, "DOB"));
        rules.add(differsFromHeader("INT15", OC3, "DOB"));
        rules.add(differsFromHeader("INT16", PREV_PERM, "DOB"));
        rules.add(differsFromHeader("INT17", REVIEWS, "DOB"));
        rules.add(differsFromHeader("INT18", UASC, "DOB"));
        rules.add(differsFromHeader("INT21", UASC, "SEX"));
        rules.add(duplicated("INT31", AD1));
        rules.add(duplicated("INT32", HEADER));
        rules.add(duplicated("INT33", OC2));
        rules.add(duplicated("INT34", OC3));
        rules.add(duplicated("INT35", PREV_PERM));
        rules.add(duplicated("INT36", UASC));
        // EPI: a Header child with no episode cannot be validated further. Care leavers reported
        // only in OC3 are not looked after this year and need no episode, so they are exempt.
        rules.add(new RowRule("EPI", HEADER, (ctx, r) -> ctx.rowsOf(EPISODES, r.child()).isEmpty()
                && ctx.rowsOf(OC3, r.child()).isEmpty()));
        return List.copyOf(rules);
    }

    private static ValidationRule notInHeader(String code, Ssda903Table table) {
        return new RowRule(code, table, (ctx, r) -> ctx.header(r.child()).isEmpty());
    }

    /** Compares as dates when both are valid (01/02/2010 = 01/02/2010 however written), else as text. */
    private static ValidationRule differsFromHeader(String code, Ssda903Table table, String column) {
        return new RowRule(code, table, (ctx, r) -> ctx.header(r.child())
                .map(h -> !same(h.get(column), r.get(column)))
                .orElse(false));
    }

    private static boolean same(String header, String other) {
        var a = Ssda903Dates.parseOrNull(header);
        var b = Ssda903Dates.parseOrNull(other);
        return a != null && b != null ? a.equals(b) : header.equals(other);
    }

    /** Every row of a child who appears more than once, each reported once. */
    private static ValidationRule duplicated(String code, Ssda903Table table) {
        return new RowRule(code, table, (ctx, r) -> ctx.rowsOf(table, r.child()).size() > 1);
    }
}
