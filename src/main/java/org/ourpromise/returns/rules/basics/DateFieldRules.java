package org.ourpromise.returns.rules.basics;

import static org.ourpromise.returns.Ssda903Table.AD1;
import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.HEADER;
import static org.ourpromise.returns.Ssda903Table.MISSING;
import static org.ourpromise.returns.Ssda903Table.PLACED_ADOPTION;
import static org.ourpromise.returns.Ssda903Table.REVIEWS;
import static org.ourpromise.returns.Ssda903Table.UASC;

import java.util.List;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;

/**
 * "Is not a valid date" rules. A required date (one the row means nothing without: date of birth,
 * episode start, decision to place, review, missing start) fails when blank; an optional one
 * (ceased dates, mother's child's birth, adoption milestones, whose presence other rules check)
 * fails only when filled with something that is not a real dd/mm/yyyy date.
 */
public final class DateFieldRules implements RuleGroup {

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                date("102", HEADER, "DOB", true),
                date("104", UASC, "DUC", false),
                date("112", AD1, "DATE_INT", false),
                date("113", AD1, "DATE_MATCH", false),
                date("115", PLACED_ADOPTION, "DATE_PLACED", true),
                date("116", PLACED_ADOPTION, "DATE_PLACED_CEASED", false),
                date("141", EPISODES, "DECOM", true),
                date("147", EPISODES, "DEC", false),
                date("166", REVIEWS, "REVIEW", true),
                date("171", HEADER, "MC_DOB", false),
                date("1004", MISSING, "MIS_START", true),
                date("1005", MISSING, "MIS_END", false));
    }

    private static RowRule date(String code, Ssda903Table table, String column, boolean required) {
        return new RowRule(code, table, (ctx, row) -> Fields.invalidDate(row, column, required));
    }
}
