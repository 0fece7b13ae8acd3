package org.ourpromise.returns.rules.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;

/**
 * Times (thread CPU time) every rule of this package over a national-scale return (100,000 children, with last
 * year's return) and prints the figures. Run on demand only, it asserts no timings:
 * {@code mvn -B -o test -Dtest=ReviewsRulesScaleTests -Dpromise.scale=true}.
 */
@EnabledIfSystemProperty(named = "promise.scale", matches = "true")
class ReviewsRulesScaleTests {

    private static final int CHILDREN = 100_000;

    @Test
    void everyRuleOfThisPackageOverOneHundredThousandChildren() {
        var current = synthetic(2026, new Random(7));
        var previous = synthetic(2025, new Random(7));
        List<RuleGroup> groups = List.of(new EpisodeSequenceRules(), new EpisodeCodeRules(), new PlacementProviderRules(),
                new PlacementLocationRules(), new YearOnYearRules(), new ReviewRules(), new PupilNumberRules(),
                new HealthRules(), new AdopterRules(), new AdoptionDecisionRules(), new AdoptionOrderRules());
        var codes = groups.stream().flatMap(g -> g.rules().stream()).toList();
        Runtime rt = Runtime.getRuntime();
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 2; round++) {
            var ctx = new RuleContext(current, Optional.of(previous), 2026, ReferenceData.none());
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long failures = 0;
            var slowest = new ArrayList<String>();
            for (var rule : codes) {
                long t = cpu.getCurrentThreadCpuTime();
                long[] n = {0};
                rule.check(ctx, row -> n[0]++);
                failures += n[0];
                long ms = (cpu.getCurrentThreadCpuTime() - t) / 1_000_000;
                if (ms >= 20) {
                    slowest.add(rule.code() + "=" + ms + "ms");
                }
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            System.out.printf("round %d: %d rules, %d rows, %d failures, %d ms CPU (%d ms wall on a shared machine),"
                    + " heap used %d MiB; rules over 20 ms CPU: %s%n", round, codes.size(), current.size(), failures,
                    cpuMs, wall, (rt.totalMemory() - rt.freeMemory()) >> 20, slowest);
        }
        assertThat(codes).hasSizeGreaterThan(60);
    }

    /** Plausible rows with a sprinkling of errors; 3 episodes, 2 reviews per child, OC2/AD1/PA for some. */
    private static Ssda903Return synthetic(int year, Random random) {
        Map<Ssda903Table, List<Ssda903Row>> t = new EnumMap<>(Ssda903Table.class);
        for (var table : Ssda903Table.values()) {
            t.put(table, new ArrayList<>());
        }
        var start = Ssda903Dates.collectionStart(year);
        String[] places = {"U4", "U6", "K2", "A4", "P1", "T1"};
        for (int c = 0; c < CHILDREN; c++) {
            String child = "C" + c;
            var dob = start.minusDays(365L + random.nextInt(17 * 365));
            String dobText = Ssda903Dates.format(dob);
            t.get(Ssda903Table.HEADER).add(row(Ssda903Table.HEADER, child, "M", dobText, "WBRI",
                    random.nextInt(50) == 0 ? "" : "A" + (100000000000L + c), "", ""));
            var decom = start.minusDays(random.nextInt(900));
            for (int e = 0; e < 3; e++) {
                var dec = e == 2 ? null : decom.plusDays(30 + random.nextInt(200));
                String place = places[random.nextInt(places.length)];
                t.get(Ssda903Table.EPISODES).add(row(Ssda903Table.EPISODES, child, Ssda903Dates.format(decom),
                        e == 0 ? "S" : "P", random.nextInt(40) == 0 ? "E1" : "C2", "N1", place,
                        place.equals("P1") ? "PR0" : "PR1", Ssda903Dates.format(dec), dec == null ? "" : "X1", "",
                        "AB1 2CD", "EF" + random.nextInt(9) + " 4GH", ""));
                if (dec != null) {
                    decom = dec;
                }
            }
            for (int r = 0; r < 2; r++) {
                t.get(Ssda903Table.REVIEWS).add(row(Ssda903Table.REVIEWS, child, dobText,
                        Ssda903Dates.format(start.plusDays(random.nextInt(360))), random.nextBoolean() ? "PN0" : "PN1"));
            }
            if (c % 3 == 0) {
                t.get(Ssda903Table.OC2).add(row(Ssda903Table.OC2, child, dobText, "", "", random.nextBoolean() ? "1" : "",
                        random.nextBoolean() ? "1" : "", "1", "1", "1", "0", "", ""));
            }
            if (c % 20 == 0) {
                t.get(Ssda903Table.PLACED_ADOPTION).add(row(Ssda903Table.PLACED_ADOPTION, child, dobText,
                        Ssda903Dates.format(start.minusDays(random.nextInt(400))), "", ""));
                t.get(Ssda903Table.AD1).add(row(Ssda903Table.AD1, child, dobText,
                        Ssda903Dates.format(start.minusDays(random.nextInt(400))), "", "0", "2", "MF", "L11"));
            }
            if (c % 50 == 0) {
                t.get(Ssda903Table.UASC).add(row(Ssda903Table.UASC, child, "M", dobText, ""));
            }
        }
        return Ssda903Return.of(t);
    }

    private static Ssda903Row row(Ssda903Table table, String... values) {
        return new Ssda903Row(table, table.fileName(), 0, values);
    }
}
