package org.ourpromise.returns.rules.basics;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.ValidationRule;

/**
 * Measures this package's rules on a synthetic national-scale return (100,000 children, about 250,000
 * episodes), this year's return also given as last year's. Prints CPU and wall time per round; asserts
 * nothing about time. Opt in: {@code mvn -B -o test -Dtest=BasicsRulesScaleTests -Dpromise.scale=true}.
 */
@EnabledIfSystemProperty(named = "promise.scale", matches = "true")
class BasicsRulesScaleTests {

    private static final int CHILDREN = 100_000;

    @Test
    void measureOneHundredThousandChildren() {
        var national = nationalReturn(new Random(7));
        var rules = new ArrayList<ValidationRule>();
        List.of(new DateFieldRules(), new CodedFieldRules(), new EpisodeRules(), new HeaderRules(), new AdoptionRules(),
                new OC2Rules(), new CareLeaverRules()).forEach(g -> rules.addAll(g.rules()));
        var threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            var ctx = new RuleContext(national, Optional.of(national), 2026, ReferenceData.none());
            long[] failures = {0};
            for (var rule : rules) {
                rule.check(ctx, row -> failures[0]++);
            }
            var runtime = Runtime.getRuntime();
            System.out.printf("round %d: %d rules, cpu %d ms, wall %d ms, %d failures, heap in use %d MB%n", round,
                    rules.size(), (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    (System.nanoTime() - wall) / 1_000_000, failures[0],
                    (runtime.totalMemory() - runtime.freeMemory()) / 1_000_000);
        }
    }

    private static Ssda903Return nationalReturn(Random random) {
        var tables = new EnumMap<Ssda903Table, List<Ssda903Row>>(Ssda903Table.class);
        for (var t : Ssda903Table.values()) {
            tables.put(t, new ArrayList<>());
        }
        for (int i = 0; i < CHILDREN; i++) {
            String child = "C" + i;
            String dob = String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                    2006 + random.nextInt(20));
            add(tables, Ssda903Table.HEADER, "CHILD", child, "SEX", random.nextBoolean() ? "M" : "F", "DOB", dob,
                    "ETHNIC", "WBRI", "UPN", "UN1");
            int episodes = 1 + random.nextInt(4);
            int day = 1 + random.nextInt(20);
            for (int e = 0; e < episodes; e++) {
                boolean last = e == episodes - 1;
                add(tables, Ssda903Table.EPISODES, "CHILD", child,
                        "DECOM", String.format("%02d/%02d/2025", day, 1 + e * 2), "RNE", e == 0 ? "S" : "P", "LS", "C2",
                        "CIN", "N1", "PLACE", "U1", "PLACE_PROVIDER", "PR1",
                        "DEC", last ? "" : String.format("%02d/%02d/2025", day, 3 + e * 2), "REC", last ? "" : "X1",
                        "HOME_POST", "LE1 6ZG", "PL_POST", "LE3 8RA");
            }
            add(tables, Ssda903Table.REVIEWS, "CHILD", child, "DOB", dob, "REVIEW", "01/06/2025", "REVIEW_CODE", "PN1");
            if (i % 3 == 0) {
                add(tables, Ssda903Table.OC2, "CHILD", child, "DOB", dob, "SDQ_SCORE", "12", "IMMUNISATIONS", "1",
                        "TEETH_CHECK", "1", "HEALTH_ASSESSMENT", "1", "SUBSTANCE_MISUSE", "0");
            }
            if (i % 5 == 0) {
                add(tables, Ssda903Table.OC3, "CHILD", child, "DOB", dob, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "B1");
            }
            if (i % 10 == 0) {
                add(tables, Ssda903Table.MISSING, "CHILD", child, "DOB", dob, "MISSING", "M", "MIS_START", "01/08/2025");
            }
            if (i % 40 == 0) {
                add(tables, Ssda903Table.UASC, "CHILD", child, "SEX", "M", "DOB", dob);
            }
            if (i % 50 == 0) {
                add(tables, Ssda903Table.PLACED_ADOPTION, "CHILD", child, "DOB", dob, "DATE_PLACED", "01/07/2025");
            }
        }
        return Ssda903Return.of(tables);
    }

    private static void add(EnumMap<Ssda903Table, List<Ssda903Row>> tables, Ssda903Table table, String... pairs) {
        var values = new String[table.columns().size()];
        Arrays.fill(values, "");
        for (int i = 0; i < pairs.length; i += 2) {
            values[table.indexOf(pairs[i])] = pairs[i + 1];
        }
        tables.get(table).add(new Ssda903Row(table, table.fileName(), tables.get(table).size() + 1, values));
    }
}
