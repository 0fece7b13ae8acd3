package org.ourpromise.returns.rules.basics;

import static org.ourpromise.returns.Ssda903Table.AD1;
import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.HEADER;
import static org.ourpromise.returns.Ssda903Table.MISSING;
import static org.ourpromise.returns.Ssda903Table.OC2;
import static org.ourpromise.returns.Ssda903Table.OC3;
import static org.ourpromise.returns.Ssda903Table.PLACED_ADOPTION;
import static org.ourpromise.returns.Ssda903Table.REVIEWS;

import java.util.List;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.UniquePupilNumber;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;

/**
 * Coded fields outside the Header and Episodes lists done in CodeListRules (DOMAIN.md §1.4). Fields
 * that may be left blank are checked only when filled; whether they must be filled is another rule's
 * business (151, 153, 182, 191). Participation and missing type are required by their own messages.
 */
public final class CodedFieldRules implements RuleGroup {

    private static final String[] OC2_FLAGS = {"CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
        "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"};

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("114", AD1, (ctx, r) -> !r.isBlank("FOSTER_CARE")
                        && !Fields.ZERO_ONE.contains(r.get("FOSTER_CARE"))),
                optional("120", PLACED_ADOPTION, "REASON_PLACED_CEASED", CodeList.REASON_PLACED_CEASED),
                optional("131", OC3, "IN_TOUCH", CodeList.IN_TOUCH),
                optional("132", OC3, "ACTIV", CodeList.ACTIV),
                new RowRule("133", OC3, (ctx, r) -> !r.isBlank("ACCOM") && !isAccommodation(r.get("ACCOM"), ctx.year())),
                new RowRule("167", REVIEWS, (ctx, r) -> !CodeList.REVIEW_CODE.isValid(r.get("REVIEW_CODE"), ctx.year())),
                new RowRule("168", HEADER, (ctx, r) -> !CodeList.UPN_UNKNOWN.isValid(r.get("UPN"), ctx.year())
                        && !UniquePupilNumber.isValid(r.get("UPN"))),
                optional("175", AD1, "NB_ADOPTR", CodeList.NB_ADOPTR),
                optional("176", AD1, "SEX_ADOPTR", CodeList.SEX_ADOPTR),
                optional("177", AD1, "LS_ADOPTR", CodeList.LS_ADOPTR),
                optional("178", EPISODES, "PLACE_PROVIDER", CodeList.PLACE_PROVIDER),
                new RowRule("180", OC2, (ctx, r) -> !r.isBlank("SDQ_SCORE") && !isSdqScore(r.get("SDQ_SCORE"))),
                new RowRule("181", OC2, (ctx, r) -> anyFlagNotZeroOrOne(r)),
                optional("196", OC2, "SDQ_REASON", CodeList.SDQ_REASON),
                new RowRule("1006", MISSING, (ctx, r) -> !CodeList.MISSING.isValid(r.get("MISSING"), ctx.year())),
                optional("1009", EPISODES, "REASON_PLACE_CHANGE", CodeList.REASON_PLACE_CHANGE));
    }

    private static RowRule optional(String code, Ssda903Table table, String column, CodeList list) {
        return new RowRule(code, table, (ctx, r) -> !r.isBlank(column) && !list.isValid(r.get(column), ctx.year()));
    }

    /**
     * ACCOM is a letter and a suitability digit (1 suitable, 2 unsuitable), or 0 when not known. No fixed
     * abode (S) and custody (X) are never suitable, so only S2 and X2 exist (DOMAIN.md §1.4.15).
     */
    static boolean isAccommodation(String code, int year) {
        if (code.equals("0")) {
            return true;
        }
        if (code.length() != 2 || !CodeList.ACCOM_LETTER.isValid(code.substring(0, 1), year)) {
            return false;
        }
        char suitability = code.charAt(1);
        if (code.charAt(0) == 'S' || code.charAt(0) == 'X') {
            return suitability == '2';
        }
        return suitability == '1' || suitability == '2';
    }

    /** The SDQ total difficulties score: a whole number from 0 to 40. */
    private static boolean isSdqScore(String value) {
        if (value.isEmpty() || value.length() > 2 || !value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(value) <= 40;
    }

    private static boolean anyFlagNotZeroOrOne(Ssda903Row r) {
        for (var f : OC2_FLAGS) {
            if (!r.isBlank(f) && !Fields.ZERO_ONE.contains(r.get(f))) {
                return true;
            }
        }
        return false;
    }
}
