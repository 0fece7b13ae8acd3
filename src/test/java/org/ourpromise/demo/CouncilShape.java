package org.ourpromise.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Dates;

/**
 * The shape of a synthetic council at 31 March, as England's statistics describe a council
 * (DOMAIN.md §2): legal status, placement, sex, UASC and age of the children looked after, 3 or
 * more placements in the year, missing, and care leavers in touch, in education, employment or
 * training and in suitable accommodation. Each share keeps its numerator and denominator. Test
 * scope: it is how the generator's realism is measured, and the main prints it for a report.
 */
record CouncilShape(Map<String, Share> shares) {

    record Share(long count, long of) {
        double percent() {
            return of == 0 ? Double.NaN : 100.0 * count / of;
        }
    }

    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
    private static final Set<String> EET = Set.of("F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5");

    Share share(String name) {
        return shares.get(name);
    }

    static CouncilShape of(List<ChildRecord> records, int year) {
        LocalDate start = Ssda903Dates.collectionStart(year);
        LocalDate end = Ssda903Dates.collectionEnd(year);
        var counts = new LinkedHashMap<String, long[]>();
        long cla = 0;
        long during = 0;
        long missingChildren = 0;
        long missingIncidents = 0;
        for (var r : records) {
            var open = r.episodes().stream().filter(e -> e.isOpenAt(end) && !e.isShortBreak()).findFirst().orElse(null);
            boolean lookedAfterInYear = r.episodes().stream().anyMatch(e -> !e.isShortBreak() && !e.started().isAfter(end)
                    && (e.ceased() == null || !e.ceased().isBefore(start)));
            if (lookedAfterInYear) {
                during++;
                long incidents = r.missing().stream().filter(m -> !m.started().isBefore(start) && !m.started().isAfter(end)).count();
                missingIncidents += incidents;
                missingChildren += incidents > 0 ? 1 : 0;
            }
            if (open != null) {
                cla++;
                count(counts, "legal status " + legalGroup(open.legalStatus()));
                count(counts, "placement " + placementGroup(open.placement()));
                count(counts, "male", r.identity().sex().equals("M"));
                count(counts, "UASC", r.uascUntil() != null && r.uascUntil().isAfter(end));
                count(counts, "age " + ageBand((int) ChronoUnit.YEARS.between(r.dateOfBirth(), end)));
                count(counts, "3+ placements in the year", placementsInYear(r.episodes(), start, end) >= 3);
            }
        }
        var shares = new LinkedHashMap<String, Share>();
        for (var e : counts.entrySet()) {
            shares.put(e.getKey(), new Share(e.getValue()[0], cla));
        }
        shares.put("looked after during the year per child at 31 March (x100)", new Share(during, cla));
        shares.put("went missing, of those looked after during the year", new Share(missingChildren, during));
        shares.put("missing incidents per child who went missing (x100)", new Share(missingIncidents, missingChildren));
        careLeavers(records, year, shares);
        return new CouncilShape(shares);
    }

    private static void count(Map<String, long[]> counts, String name) {
        counts.computeIfAbsent(name, k -> new long[1])[0]++;
    }

    private static void count(Map<String, long[]> counts, String name, boolean yes) {
        counts.computeIfAbsent(name, k -> new long[1])[0] += yes ? 1 : 0;
    }

    /** OC3 (DOMAIN.md §2.7): care leavers whose 17th to 21st birthday is in the year, at the contact nearest it. */
    private static void careLeavers(List<ChildRecord> records, int year, Map<String, Share> shares) {
        LocalDate start = Ssda903Dates.collectionStart(year);
        LocalDate end = Ssda903Dates.collectionEnd(year);
        long[][] c = new long[2][4];
        for (var r : records) {
            int age = (int) ChronoUnit.YEARS.between(r.dateOfBirth(), end);
            if (age < 17 || age > 21) {
                continue;
            }
            LocalDate birthday = r.dateOfBirth().plusYears(age);
            if (!SyntheticCouncil.inReturn(r, year) || r.episodes().stream().anyMatch(e -> e.isOpenAt(birthday))
                    || r.careLeaverContacts().isEmpty()) {
                continue;
            }
            var contact = r.careLeaverContacts().stream()
                    .filter(x -> !x.date().isBefore(start) && !x.date().isAfter(end))
                    .min(Comparator.comparingLong((CareLeaverContact x) -> Math.abs(ChronoUnit.DAYS.between(birthday, x.date()))));
            if (contact.isEmpty()) {
                continue;
            }
            var k = contact.get();
            int band = age <= 18 ? 0 : 1;
            c[band][0]++;
            c[band][1] += k.inTouch().equals("YES") ? 1 : 0;
            c[band][2] += EET.contains(k.activity()) ? 1 : 0;
            c[band][3] += k.accommodation().endsWith("1") ? 1 : 0;
        }
        String[] bands = {"17-18", "19-21"};
        for (int b = 0; b < 2; b++) {
            shares.put("care leavers " + bands[b] + " in touch", new Share(c[b][1], c[b][0]));
            shares.put("care leavers " + bands[b] + " in education, employment or training", new Share(c[b][2], c[b][0]));
            shares.put("care leavers " + bands[b] + " in suitable accommodation", new Share(c[b][3], c[b][0]));
        }
    }

    /**
     * DOMAIN.md §2.4 recommended rule: the placement at 1 April (or at entry) plus each new placement
     * in the year (RNE S, P, B), not counting temporary placements nor the return from one.
     */
    static int placementsInYear(List<CareEpisode> episodes, LocalDate start, LocalDate end) {
        int n = 0;
        CareEpisode previous = null;
        for (var e : episodes) {
            boolean overlaps = !e.isShortBreak() && !e.started().isAfter(end) && (e.ceased() == null || e.ceased().isAfter(start));
            if (overlaps && !TEMPORARY.contains(e.placement())) {
                boolean first = n == 0;
                boolean moved = e.reasonNewEpisode().equals("S") || e.reasonNewEpisode().equals("P") || e.reasonNewEpisode().equals("B");
                boolean backFromTemporary = previous != null && TEMPORARY.contains(previous.placement());
                if (first || moved && !backFromTemporary) {
                    n++;
                }
            }
            previous = e;
        }
        return n;
    }

    static String legalGroup(String legal) {
        return switch (legal) {
            case "C1", "C2", "E1", "V2" -> legal;
            default -> "other (L1, L2, J1-J3, D1, V1)";
        };
    }

    static String placementGroup(String placement) {
        if (placement.startsWith("U")) {
            return "foster";
        }
        return switch (placement) {
            case "K1", "K2" -> "secure and children's homes";
            case "H5", "P2", "K3" -> "supported and semi-independent";
            case "P1" -> "with parents";
            case "A3", "A4", "A5", "A6" -> "placed for adoption";
            default -> "other (residential school, other residential, temporary)";
        };
    }

    static String ageBand(int age) {
        return age < 1 ? "under 1" : age < 5 ? "1 to 4" : age < 10 ? "5 to 9" : age < 16 ? "10 to 15" : "16 and over";
    }

    /** Prints the shape of a council of {@code args[0]} children (default 5,000) at 31 March 2026, seed 2024. */
    public static void main(String[] args) {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2024;
        var shape = of(SyntheticCouncil.generate(children, seed, 2026, 0), 2026);
        System.out.printf("%,d children in the 2025-26 return, seed %d%n", children, seed);
        shape.shares().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> System.out.printf(
                "  %-62s %6.1f%%  (%d of %d)%n", e.getKey(), e.getValue().percent(), e.getValue().count(), e.getValue().of()));
    }
}
