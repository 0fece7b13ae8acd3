package org.ourpromise.returns.rules.basics;

import static org.ourpromise.returns.Ssda903Table.AD1;
import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.OC3;
import static org.ourpromise.returns.Ssda903Table.UASC;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.CrossTableRule;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.ContinuousCare;

/**
 * Rules on OC3, the care leaver table (DOMAIN.md §2.7, §3.3): who may have care leaver information and who
 * may not (died in care, care transferred, adopted, still or newly looked after on the 17th/18th birthday,
 * no relevant care history). "Care leaver information" is any of IN_TOUCH, ACTIV and ACCOM filled.
 */
public final class CareLeaverRules implements RuleGroup {

    /** Tables that should hold nothing for a care leaver who had no episode this year (DfE rule 1012). */
    private static final List<Ssda903Table> LOOKED_AFTER_ONLY = List.of(Ssda903Table.PLACED_ADOPTION,
            Ssda903Table.MISSING, Ssda903Table.REVIEWS, AD1, Ssda903Table.PREV_PERM, Ssda903Table.OC2,
            Ssda903Table.SW_EPISODES, Ssda903Table.DOLO);

    private static final Set<String> WITH_FORMER_FOSTER_CARERS = Set.of("Z1", "Z2");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("153", OC3, (ctx, r) -> CareLeaverInformation.given(r)
                        && !Fields.allFilled(r, CareLeaverInformation.FIELDS)),
                new CrossTableRule("187", CareLeaverRules::cohortWithLeaverOrAdoptionData),
                leaver("1000", CareLeaverRules::diedInCare),
                new CrossTableRule("1001", (ctx, sink) -> RelevantChildTest.check(ctx, sink)),
                leaver("1002", CareLeaverRules::noEpisodesWhereTheyWouldBe),
                leaver("1007", (ctx, r) -> lookedAfterOnBirthday(ctx, r, true)),
                leaver("1010", CareLeaverRules::openEpisodeLastYearNoneThisYear),
                leaver("1011", CareLeaverRules::careTransferred),
                new CrossTableRule("1012", CareLeaverRules::otherDataWithoutEpisodes),
                new CrossTableRule("1014", CareLeaverRules::uascForCareLeaver),
                leaver("1016", (ctx, r) -> lookedAfterOnBirthday(ctx, r, false)),
                new RowRule("3001", OC3, CareLeaverRules::withFosterCarersAt17));
    }

    /** A rule on OC3 rows that hold care leaver information. */
    private static RowRule leaver(String code, java.util.function.BiPredicate<RuleContext, Ssda903Row> fails) {
        return new RowRule(code, OC3, (ctx, r) -> CareLeaverInformation.given(r) && fails.test(ctx, r));
    }

    /**
     * DfE rule 1002: care leaver information for a young person with no episodes. A relevant or former
     * relevant child was looked after after their 16th birthday; DfE holds every earlier return, Promise
     * only this year's and last year's, so the rule judges only young people whose 16th birthday is in
     * them (on or after 1 April of last year). Older care leavers who left care before last year's
     * return legitimately have no episodes in either (DfE's note on the rule warns of exactly this).
     * A young person whose date of birth is unknown is judged.
     */
    private static boolean noEpisodesWhereTheyWouldBe(RuleContext ctx, Ssda903Row r) {
        if (!ctx.rowsOf(EPISODES, r.child()).isEmpty() || !ctx.previousRowsOf(EPISODES, r.child()).isEmpty()) {
            return false;
        }
        LocalDate dob = Ages.dateOfBirth(ctx, r);
        return dob == null || !Ages.birthday(dob, 16).isBefore(ctx.start().minusYears(1));
    }

    /** DfE rule 187: children in the OC2 cohort are looked after, so neither care leavers nor adopted. */
    private static void cohortWithLeaverOrAdoptionData(RuleContext ctx, RuleSink sink) {
        for (var r : ctx.rows(OC3)) {
            if (CareLeaverInformation.given(r) && ContinuousCare.at31March(ctx, r.child())) {
                sink.fail(r);
            }
        }
        for (var r : ctx.rows(AD1)) {
            if (Fields.anyFilled(r, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
                    && ContinuousCare.at31March(ctx, r.child())) {
                sink.fail(r);
            }
        }
    }

    /** DfE rule 1000: an episode ended by death (E2) in this year's return, or last year's when supplied. */
    private static boolean diedInCare(RuleContext ctx, Ssda903Row r) {
        return endedBy(ctx.rowsOf(EPISODES, r.child()), "E2") || endedBy(ctx.previousRowsOf(EPISODES, r.child()), "E2");
    }

    private static boolean endedBy(List<Ssda903Row> episodes, String reason) {
        for (var e : episodes) {
            if (reason.equals(e.get("REC"))) {
                return true;
            }
        }
        return false;
    }

    /** DfE rule 1011: the child's latest episode this year ended with care transferred to another LA (E3). */
    private static boolean careTransferred(RuleContext ctx, Ssda903Row r) {
        Ssda903Row latest = null;
        for (var e : ctx.rowsOf(EPISODES, r.child())) {
            if (e.date("DECOM") != null) {
                latest = e;
            }
        }
        return latest != null && "E3".equals(latest.get("REC"));
    }

    /** DfE rule 1010: no episode this year although last year's latest episode was still open at 31 March. */
    private static boolean openEpisodeLastYearNoneThisYear(RuleContext ctx, Ssda903Row r) {
        if (!ctx.rowsOf(EPISODES, r.child()).isEmpty()) {
            return false;
        }
        Ssda903Row latest = null;
        for (var e : ctx.previousRowsOf(EPISODES, r.child())) {
            if (e.date("DECOM") != null) {
                latest = e;
            }
        }
        return latest != null && latest.isBlank("DEC");
    }

    /**
     * DfE rules 1007 and 1016, for young people aged 17 or 18 on 31 March: their 17th or 18th birthday fell
     * in the year. If they were looked after on it (an episode other than a short break covering the day)
     * no care leaver information is collected: 1007 when they are still looked after (that care has not
     * ended), 1016 when they ceased to be looked after later in the year (an ending other than X1 after
     * the birthday). Leaving care on the birthday itself counts as not looked after on it.
     */
    private static boolean lookedAfterOnBirthday(RuleContext ctx, Ssda903Row r, boolean stillLookedAfter) {
        LocalDate dob = Ages.dateOfBirth(ctx, r);
        if (dob == null) {
            return false;
        }
        int age = Ages.ageOn(dob, ctx.end());
        if (age != 17 && age != 18) {
            return false;
        }
        LocalDate birthday = Ages.birthday(dob, age);
        boolean onBirthday = false;
        boolean stillOpen = false;
        boolean ceasedAfter = false;
        for (var e : ctx.rowsOf(EPISODES, r.child())) {
            LocalDate decom = e.date("DECOM");
            LocalDate dec = e.date("DEC");
            if (decom == null || EpisodeChain.isShortBreak(e)) {
                continue;
            }
            if (!decom.isAfter(birthday) && (dec == null || dec.isAfter(birthday))) {
                onBirthday = true;
            }
            stillOpen |= e.isBlank("DEC");
            ceasedAfter |= dec != null && dec.isAfter(birthday) && !e.isBlank("REC") && !"X1".equals(e.get("REC"));
        }
        return onBirthday && (stillLookedAfter ? stillOpen : ceasedAfter);
    }

    /** DfE rule 1012: care leavers with no episode this year have nothing in the looked-after tables. */
    private static void otherDataWithoutEpisodes(RuleContext ctx, RuleSink sink) {
        for (var child : ctx.byChild(OC3).keySet()) {
            if (!ctx.rowsOf(EPISODES, child).isEmpty()) {
                continue;
            }
            for (var table : LOOKED_AFTER_ONLY) {
                if (table.collectedIn(ctx.year())) {
                    ctx.rowsOf(table, child).forEach(sink::fail);
                }
            }
        }
    }

    /**
     * DfE rule 1014: a care leaver not looked after this year (no episode overlapping it) has no UASC row;
     * both the UASC row and the OC3 row are reported.
     */
    private static void uascForCareLeaver(RuleContext ctx, RuleSink sink) {
        for (var u : ctx.rows(UASC)) {
            var oc3 = ctx.rowsOf(OC3, u.child());
            if (!CareLeaverInformation.given(oc3)) {
                continue;
            }
            boolean inYear = false;
            for (var e : ctx.rowsOf(EPISODES, u.child())) {
                inYear |= EpisodeChain.overlaps(e, ctx.start(), ctx.end());
            }
            if (!inYear) {
                sink.fail(u);
                oc3.stream().filter(CareLeaverInformation::given).forEach(sink::fail);
            }
        }
    }

    /**
     * DfE rule 3001: accommodation with former foster carers (Z) is for those 18 and over (staying put),
     * so not for a young person whose 17th birthday falls in the year (DOMAIN.md §1.4.15).
     */
    private static boolean withFosterCarersAt17(RuleContext ctx, Ssda903Row r) {
        LocalDate dob = Ages.dateOfBirth(ctx, r);
        if (dob == null || !WITH_FORMER_FOSTER_CARERS.contains(r.get("ACCOM"))) {
            return false;
        }
        LocalDate seventeenth = Ages.birthday(dob, 17);
        return !seventeenth.isBefore(ctx.start()) && !seventeenth.isAfter(ctx.end());
    }
}
