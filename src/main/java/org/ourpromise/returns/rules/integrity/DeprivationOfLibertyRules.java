package org.ourpromise.returns.rules.integrity;

import static org.ourpromise.returns.Ssda903Table.DOLO;
import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.RuleSink;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.Ages;
import org.ourpromise.returns.rules.support.ReportedOnce;
import org.ourpromise.returns.rules.support.CrossTableRule;
import org.ourpromise.returns.rules.support.DatedPeriods;

/** Deprivation of Liberty Orders, collected from 2026-27 (DOMAIN.md §1.2 DoLo, §1.6). */
public final class DeprivationOfLibertyRules implements RuleGroup {

    /** DfE rule 709: the placements expected during a DoLO (children's home; Z12, Z13: UNCONFIRMED meaning). */
    private static final Set<String> EXPECTED_PLACEMENTS = Set.of("K2", "Z12", "Z13");
    /** DfE rule 710: secure children's home, with parents, young offender institution, supported accommodation. */
    private static final Set<String> FORBIDDEN_PLACEMENTS = Set.of("K1", "P1", "R5", "K3");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("700", DOLO, (ctx, r) -> !Ssda903Dates.isValid(r.get("DOLO_START"))),
                new RowRule("701", DOLO, (ctx, r) -> !r.isBlank("DOLO_END") && !Ssda903Dates.isValid(r.get("DOLO_END"))),
                new RowRule("702", DOLO, (ctx, r) -> r.date("DOLO_START") != null && r.date("DOLO_END") != null
                        && r.date("DOLO_END").isBefore(r.date("DOLO_START"))),
                new RowRule("703", DOLO, (ctx, r) -> r.date("DOLO_START") != null
                        && r.date("DOLO_START").isAfter(ctx.end())),
                new RowRule("704", DOLO, (ctx, r) -> r.date("DOLO_END") != null
                        && (r.date("DOLO_END").isBefore(ctx.start()) || r.date("DOLO_END").isAfter(ctx.end()))),
                new CrossTableRule("705", (ctx, sink) -> DatedPeriods.failOverlaps(ctx, DOLO, "DOLO_START", "DOLO_END", sink)),
                new CrossTableRule("706", (ctx, sink) ->
                        DatedPeriods.failUncarriedOpenPeriods(ctx, DOLO, "DOLO_START", "DOLO_END", sink)),
                new RowRule("707", DOLO, (ctx, r) -> r.isBlank("DOLO_END")
                        && CareFacts.ceasedCare(ctx, r.child()).isPresent()),
                new RowRule("708", DOLO, (ctx, r) -> {
                    var dob = Ages.dateOfBirth(ctx, r);
                    return dob != null && r.date("DOLO_START") != null && r.date("DOLO_START").isBefore(dob);
                }),
                new CrossTableRule("709", (ctx, sink) -> placements(ctx, new ReportedOnce(sink), false)),
                new CrossTableRule("710", (ctx, sink) -> placements(ctx, new ReportedOnce(sink), true)));
    }

    /**
     * Episodes overlapping a DoLO (an open DoLO or episode runs on): 709 reports the DoLO when any
     * such placement is not one expected; 710 reports the DoLO and each forbidden placement.
     */
    private static void placements(RuleContext ctx, RuleSink sink, boolean forbidden) {
        for (var dolo : ctx.rows(DOLO)) {
            var start = dolo.date("DOLO_START");
            if (start == null) {
                continue;
            }
            LocalDate end = dolo.date("DOLO_END");
            boolean doloFails = false;
            for (var e : ctx.rowsOf(EPISODES, dolo.child())) {
                if (!overlaps(e, start, end)) {
                    continue;
                }
                var place = e.get("PLACE");
                if (forbidden && FORBIDDEN_PLACEMENTS.contains(place)) {
                    doloFails = true;
                    sink.fail(e);
                } else if (!forbidden && !EXPECTED_PLACEMENTS.contains(place)) {
                    doloFails = true;
                }
            }
            if (doloFails) {
                sink.fail(dolo);
            }
        }
    }

    /**
     * Whether the episode shares a day with the DoLO. An episode's days run from DECOM up to, not
     * including, DEC: the day one episode ends is the first day of the next (DOMAIN.md §1.1), so a DoLO
     * made on the day the child moves into the home does not touch the placement they left.
     */
    private static boolean overlaps(Ssda903Row episode, LocalDate start, LocalDate end) {
        var decom = episode.date("DECOM");
        var dec = episode.date("DEC");
        if (decom == null) {
            return false;
        }
        return (dec == null || start.isBefore(dec)) && (end == null || !end.isBefore(decom));
    }
}
