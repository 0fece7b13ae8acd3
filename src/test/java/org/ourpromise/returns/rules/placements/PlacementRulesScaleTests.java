package org.ourpromise.returns.rules.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.ReferenceData.ProviderInformation;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.ValidationRule;

/**
 * National scale: 100,000 children, this package's rules, with last year's return and a provider
 * list. Prints the time per group; run with {@code -Dpromise.scale=true} (not part of the usual build).
 */
@EnabledIfSystemProperty(named = "promise.scale", matches = "true")
class PlacementRulesScaleTests {

    private static final int CHILDREN = 100_000;
    private static final String[] PLACES = {"U1", "U4", "U6", "K2", "T1", "P1", "K3", "A5", "R2", "S1"};

    @Test
    void validatesOneHundredThousandChildren() {
        var current = synthetic(new Random(7), 2026);
        var previous = synthetic(new Random(8), 2025);
        var providers = new java.util.HashMap<String, ProviderInformation>();
        for (int i = 0; i < 5_000; i++) {
            providers.put("SC" + (100_000 + i), new ProviderInformation("SC" + (100_000 + i), Set.of("K2", "U4"),
                    Set.of("PR1", "PR4"), "LE1 1AA", i % 2 == 0 ? "855" : "856", LocalDate.of(2010, 1, 1), null));
        }
        var reference = ReferenceData.withProviders(providers, "855");
        var groups = List.of(new ChildHistoryRules(), new ChildDetailRules(), new ProviderRules(),
                new PlacementChangeRules(), new EpisodeDateRules(), new EpisodeEndRules(), new LegalStatusRules(),
                new PlacementTypeRules(), new AdoptionRules(), new CareLeaverRules(), new PostcodeRules());
        System.gc();
        long heapBefore = usedHeap();
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = cpu.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        var ctx = new RuleContext(current, Optional.of(previous), 2026, reference);
        long failures = 0;
        int rules = 0;
        for (var group : groups) {
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            long[] count = {0};
            for (ValidationRule rule : group.rules()) {
                rule.check(ctx, row -> count[0]++);
                rules++;
            }
            failures += count[0];
            System.out.printf("%-22s %5d ms wall, %5d ms cpu, %,d failures%n", group.getClass().getSimpleName(),
                    (System.nanoTime() - t) / 1_000_000, (cpu.getCurrentThreadCpuTime() - c) / 1_000_000, count[0]);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        System.gc();
        System.out.printf("%d rules over %,d children (%,d episodes): %d ms wall, %d ms cpu, %,d failures, "
                + "retained heap +%d MiB (max heap %d MiB)%n", rules, CHILDREN,
                current.rows(Ssda903Table.EPISODES).size(), millis, cpuMillis, failures,
                (usedHeap() - heapBefore) / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        assertThat(rules).isEqualTo(87);
    }

    private static long usedHeap() {
        var rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static Ssda903Return synthetic(Random random, int year) {
        Map<Ssda903Table, List<Ssda903Row>> tables = new EnumMap<>(Ssda903Table.class);
        for (var t : Ssda903Table.values()) {
            tables.put(t, new ArrayList<>());
        }
        var start = Ssda903Dates.collectionStart(year);
        for (int c = 0; c < CHILDREN; c++) {
            String child = "C" + c;
            var dob = start.minusDays(365L + random.nextInt(365 * 17));
            tables.get(Ssda903Table.HEADER).add(row(Ssda903Table.HEADER, Map.of("CHILD", child,
                    "SEX", random.nextBoolean() ? "M" : "F", "DOB", Ssda903Dates.format(dob), "ETHNIC", "WBRI",
                    "UPN", "A" + (100_000_000_000L + c), "MOTHER", random.nextInt(20) == 0 ? "1" : "0")));
            var decom = start.minusDays(random.nextInt(700));
            int episodes = 1 + random.nextInt(4);
            for (int e = 0; e < episodes; e++) {
                boolean last = e == episodes - 1;
                var dec = last ? null : decom.plusDays(1 + random.nextInt(200));
                String place = PLACES[random.nextInt(PLACES.length)];
                tables.get(Ssda903Table.EPISODES).add(row(Ssda903Table.EPISODES, Map.ofEntries(
                        Map.entry("CHILD", child), Map.entry("DECOM", Ssda903Dates.format(decom)),
                        Map.entry("RNE", e == 0 ? "S" : "P"), Map.entry("LS", random.nextInt(50) == 0 ? "V3" : "C2"),
                        Map.entry("CIN", "N1"), Map.entry("PLACE", place), Map.entry("PLACE_PROVIDER", "PR4"),
                        Map.entry("DEC", Ssda903Dates.format(dec)), Map.entry("REC", last ? "" : "X1"),
                        Map.entry("REASON_PLACE_CHANGE", last ? "" : "CARPL"), Map.entry("HOME_POST", "LE1 1AA"),
                        Map.entry("PL_POST", "LE2 2BB"),
                        Map.entry("URN", "K2".equals(place) ? "SC" + (100_000 + random.nextInt(6_000)) : ""))));
                if (dec != null) {
                    decom = dec;
                }
            }
            if (random.nextInt(10) == 0) {
                tables.get(Ssda903Table.OC3).add(row(Ssda903Table.OC3, Map.of("CHILD", child,
                        "DOB", Ssda903Dates.format(dob), "IN_TOUCH", "YES", "ACTIV", "F2", "ACCOM", "B1")));
            }
            if (random.nextInt(20) == 0) {
                tables.get(Ssda903Table.UASC).add(row(Ssda903Table.UASC, Map.of("CHILD", child,
                        "DOB", Ssda903Dates.format(dob), "DUC", random.nextBoolean() ? "" : Ssda903Dates.format(
                                start.plusDays(random.nextInt(365))))));
            }
            if (random.nextInt(50) == 0) {
                tables.get(Ssda903Table.AD1).add(row(Ssda903Table.AD1, Map.of("CHILD", child,
                        "DATE_INT", Ssda903Dates.format(start), "DATE_MATCH", Ssda903Dates.format(start.plusDays(30)),
                        "FOSTER_CARE", "1")));
            }
            for (int r = 0; r < 2; r++) {
                tables.get(Ssda903Table.REVIEWS).add(row(Ssda903Table.REVIEWS, Map.of("CHILD", child,
                        "REVIEW", Ssda903Dates.format(start.plusDays(random.nextInt(365))), "REVIEW_CODE", "PN1")));
            }
        }
        return Ssda903Return.of(tables);
    }

    private static Ssda903Row row(Ssda903Table table, Map<String, String> values) {
        var cells = new String[table.columns().size()];
        java.util.Arrays.fill(cells, "");
        values.forEach((k, v) -> cells[table.indexOf(k)] = v);
        return Ssda903Row.of(table, cells);
    }
}
