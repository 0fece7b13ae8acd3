package org.ourpromise.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;

/**
 * The demo council's staff directory: every worker its allocations name, with a name, email, agency or
 * permanent and contracted hours drawn from a stream of its own (so nothing else the demo draws moves),
 * and one team manager per social work team. The demo accounts' workers carry the accounts' names.
 */
final class DemoStaff {

    /** Mixed into the demo seed for this stream only. */
    private static final long STREAM = 0x5747_AFF0_2026L;

    private static final String[] GIVEN = {"Abi", "Adam", "Aisha", "Amy", "Ben", "Beth", "Chris", "Claire", "Dan",
        "Dev", "Ella", "Emma", "Faisal", "Fiona", "Gemma", "Grace", "Hannah", "Imran", "Jade", "James", "Jas", "Kate",
        "Kwame", "Laura", "Liam", "Lucy", "Mark", "Meera", "Nadia", "Nick", "Olu", "Paul", "Rachel", "Rob", "Sara",
        "Simon", "Sophie", "Tariq", "Tom", "Vicky", "Yasmin", "Zoe"};
    private static final String[] FAMILY = {"Adams", "Ahmed", "Akhtar", "Baker", "Barnes", "Bell", "Chauhan",
        "Collins", "Cook", "Davies", "Edwards", "Ellis", "Fisher", "Green", "Hall", "Hussain", "Jackson", "James",
        "Kaur", "Kelly", "Lee", "Marshall", "Mensah", "Mitchell", "Murphy", "Nowak", "Owen", "Parry", "Patel", "Rahman",
        "Reid", "Richards", "Shaw", "Singh", "Stevens", "Thomas", "Turner", "Walsh", "Ward", "Webb", "Wood", "Young"};
    private static final BigDecimal[] PART_TIME = {new BigDecimal("0.50"), new BigDecimal("0.60"),
        new BigDecimal("0.80"), new BigDecimal("0.90")};

    private DemoStaff() {
    }

    /**
     * @param accountNames worker id to the name of the demo account that works as them
     */
    static List<StaffMember> of(List<ChildRecord> council, LocalDate today, long seed, Map<String, String> accountNames) {
        var seen = Seen.of(council, today);
        var workers = seen.workers();
        var first = seen.first();
        var last = seen.last();
        var current = seen.current();
        var random = new Random(seed ^ STREAM);
        var emails = new HashSet<String>();
        var out = new ArrayList<StaffMember>();
        var teams = new TreeMap<String, LocalDate>();
        for (var e : workers.entrySet()) {
            String id = e.getKey();
            var a = e.getValue();
            String name = accountNames.getOrDefault(id, name(random));
            var role = StaffRole.of(a.role());
            boolean agency = random.nextDouble() < (role == StaffRole.SOCIAL_WORKER ? 0.15 : 0.05);
            var fte = random.nextDouble() < 0.8 ? new BigDecimal("1.00") : PART_TIME[random.nextInt(PART_TIME.length)];
            LocalDate from = first.get(id).minusDays(random.nextInt(365));
            LocalDate to = current.contains(id) ? null : last.get(id);
            out.add(new StaffMember(id, name, role, a.team(), email(name, emails), agency, fte, from, to, 0));
            if (role == StaffRole.SOCIAL_WORKER) {
                teams.merge(a.team(), from, (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        int n = 1;
        for (var t : teams.entrySet()) {
            String name = name(random);
            out.add(new StaffMember("TM" + String.format(Locale.ROOT, "%03d", n++), name, StaffRole.TEAM_MANAGER,
                    t.getKey(), email(name, emails), false, new BigDecimal("1.00"), t.getValue(), null, 0));
        }
        return out;
    }

    /** Each worker the allocations name: their first allocation, first and last days, and whether still allocated. */
    private record Seen(TreeMap<String, Allocation> workers, TreeMap<String, LocalDate> first,
            TreeMap<String, LocalDate> last, HashSet<String> current) {

        static Seen of(List<ChildRecord> council, LocalDate today) {
            var seen = new Seen(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new HashSet<>());
            for (var c : council) {
                for (var a : c.allocations()) {
                    seen.workers.putIfAbsent(a.workerId(), a);
                    seen.first.merge(a.workerId(), a.from(), (x, y) -> x.isBefore(y) ? x : y);
                    if (a.to() != null) {
                        seen.last.merge(a.workerId(), a.to(), (x, y) -> x.isAfter(y) ? x : y);
                    }
                    if (a.isCurrentOn(today) || a.from().isAfter(today)) {
                        seen.current.add(a.workerId());
                    }
                }
            }
            return seen;
        }
    }

    private static String name(Random random) {
        return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    }

    /** first.last@, numbered when two people share a name. */
    private static String email(String name, HashSet<String> taken) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replace(' ', '.');
        String email = base + "@demo-county.gov.uk";
        for (int i = 2; !taken.add(email); i++) {
            email = base + i + "@demo-county.gov.uk";
        }
        return email;
    }
}
