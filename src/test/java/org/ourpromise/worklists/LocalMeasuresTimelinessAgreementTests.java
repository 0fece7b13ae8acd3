package org.ourpromise.worklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.demo.SyntheticCouncil;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.measures.LocalMeasures;
import org.ourpromise.measures.MeasurePeriod;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.DeadlineEngine;
import org.ourpromise.timescales.DeadlineRule;
import org.ourpromise.timescales.TimescaleSettings;

/**
 * The local timeliness measures and the timeliness page never disagree: for the demo council, a period and an
 * as-at date, each measure's counts and children are the page's rows for its rules added up.
 */
class LocalMeasuresTimelinessAgreementTests {

    private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);
    private static List<ChildRecord> records;
    private static List<ChildDueItems> council;

    @BeforeAll
    static void council() {
        records = SyntheticCouncil.demoCouncil(20261122L, AS_AT);
        var engine = DeadlineEngine.englandAndWales();
        council = records.stream().map(r -> ChildDueItems.of(r, AS_AT, engine, TimescaleSettings.defaults(),
                dutyEnds(r))).toList();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"2025-04-01, 2026-03-31", "2025-10-01, 2025-12-31", "2026-02-01, 2026-02-28", "2026-03-31, 2026-03-31"})
    void theLocalMeasuresAreTheTimelinessRowsAddedUp(String from, String to) {
        var period = new MeasurePeriod(LocalDate.parse(from), LocalDate.parse(to));
        var local = LocalMeasures.compute(records, period, AS_AT, LocalMeasureSettings.defaults(),
                LocalMeasuresTimelinessAgreementTests::dutyEnds);
        var summary = Timeliness.of(council, period.from(), period.to(), java.util.Map.of());
        var measures = List.of(
                new Object[] {"local.visits", List.of(DeadlineRule.values()).stream()
                        .filter(r -> r.name().startsWith("VISIT_")).toList()},
                new Object[] {"local.iha", List.of(DeadlineRule.IHA)},
                new Object[] {"local.iha_referral", List.of(DeadlineRule.IHA_REFERRAL)},
                new Object[] {"local.return_interviews", List.of(DeadlineRule.RETURN_INTERVIEW)},
                new Object[] {"local.permanence_plans", List.of(DeadlineRule.PERMANENCE_PLAN)},
                new Object[] {"local.leaver_contacts", List.of(DeadlineRule.PA_CONTACT)});
        long everything = 0;
        for (var m : measures) {
            String prefix = (String) m[0];
            @SuppressWarnings("unchecked")
            var rules = (List<DeadlineRule>) m[1];
            long onTime = 0;
            long late = 0;
            long outstanding = 0;
            for (var row : summary.rows()) {
                if (rules.contains(row.rule())) {
                    onTime += row.onTime();
                    late += row.late();
                    outstanding += row.outstanding();
                }
            }
            var pct = local.get(prefix + "_on_time_pct");
            assertThat(pct.numerator()).as(prefix).isEqualTo(onTime);
            assertThat(pct.denominator()).as(prefix).isEqualTo(onTime + late);
            assertThat(local.get(prefix + "_outstanding").numerator()).as(prefix).isEqualTo(outstanding);
            assertThat(children(rules, Timeliness.Outcome.ON_TIME, period)).as(prefix).isEqualTo(pct.numeratorChildren());
            assertThat(children(rules, Timeliness.Outcome.LATE, period)).as(prefix)
                    .isEqualTo(local.notMetOf(prefix + "_on_time_pct"));
            assertThat(children(rules, Timeliness.Outcome.OUTSTANDING, period)).as(prefix)
                    .isEqualTo(local.get(prefix + "_outstanding").numeratorChildren());
            everything += onTime + late + outstanding;
        }
        assertThat(everything).as("the demo council has deadlines in the period").isPositive();
    }

    /**
     * Every other young person's duty runs to 25 on request (issue 10), the rest have none recorded: both sides are
     * given the same, as the timeliness page and the dashboard ask {@code casefile.LeavingCareDuty}.
     */
    private static @org.jspecify.annotations.Nullable LocalDate dutyEnds(ChildRecord r) {
        return r.childId().hashCode() % 2 == 0 ? org.ourpromise.timescales.Birthdays.nth(r.dateOfBirth(), 25) : null;
    }

    private static List<String> children(List<DeadlineRule> rules, Timeliness.Outcome outcome, MeasurePeriod p) {
        var out = new TreeSet<String>();
        for (var rule : rules) {
            Timeliness.drillDown(council, rule, outcome, p.from(), p.to(), java.util.Map.of()).forEach(i -> out.add(i.childId()));
        }
        return List.copyOf(out);
    }
}
