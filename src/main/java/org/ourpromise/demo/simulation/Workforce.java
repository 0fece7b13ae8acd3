package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.Allocation.Role;

/**
 * The council's social workers, IROs and personal advisers, sized to the council (about 16
 * children per social worker, 60 per IRO, 25 care leavers per adviser), and the allocation of a
 * child to them over time with the reasons allocations change (903 SW_REASON).
 */
public record Workforce(int socialWorkers, int reviewingOfficers, int personalAdvisers) {

    private static final String[] SOCIAL_WORK_TEAMS = {"Children in Care North", "Children in Care South",
        "Children in Care East", "Children in Care West", "Disabled Children"};

    /** Why a worker changes (903 SW_REASON): mostly workers leaving, management decisions and team moves. */
    private static final WeightedCodes CHANGE_REASONS = WeightedCodes.of("LEFTRL", 35, "MANAGE", 20, "TSPROC", 20,
            "ORGRST", 8, "ABSENC", 7, "CHCHAN", 3, "PCCHAN", 2, "OTHERS", 5);

    private static final String FIRST_CONTACT = "FCONTA";

    public static Workforce forChildren(int children) {
        return new Workforce(Math.max(3, children / 16), Math.max(1, children / 60), Math.max(1, children / 25));
    }

    String socialWorkerTeam(int n) {
        return SOCIAL_WORK_TEAMS[n % SOCIAL_WORK_TEAMS.length];
    }

    /**
     * Allocations of one role over the spans the child needs one, changing every year or two. Each
     * carries the reason it began (903 SW_REASON belongs to the episode it starts, rule SW16c): a
     * span's first social worker comes with the first contact or re-referral (FCONTA).
     */
    List<Allocation> allocate(Chance chance, Role role, List<LocalDate[]> spans, double meanDays) {
        var out = new ArrayList<Allocation>();
        int pool = switch (role) {
            case SOCIAL_WORKER -> socialWorkers;
            case INDEPENDENT_REVIEWING_OFFICER -> reviewingOfficers;
            case PERSONAL_ADVISER -> personalAdvisers;
        };
        for (var span : spans) {
            LocalDate from = span[0];
            @Nullable LocalDate end = span[1];
            int worker = chance.between(1, pool);
            @Nullable String reason = role == Role.SOCIAL_WORKER ? FIRST_CONTACT : null;
            while (true) {
                LocalDate change = Days.plus(from, chance.exponentialDays(meanDays));
                boolean last = end != null && !change.isBefore(end) || end == null && change.isAfter(span[2]);
                out.add(new Allocation(role, id(role, worker), team(role, worker), Days.shared(from),
                        last ? (end == null ? null : Days.shared(end)) : change, reason));
                if (last) {
                    break;
                }
                reason = chance.pick(CHANGE_REASONS);
                from = change;
                int next = chance.between(1, pool);
                worker = next == worker && pool > 1 ? next % pool + 1 : next;
            }
        }
        return out;
    }

    private String team(Role role, int n) {
        return switch (role) {
            case SOCIAL_WORKER -> socialWorkerTeam(n);
            case INDEPENDENT_REVIEWING_OFFICER -> "Independent Reviewing Service";
            case PERSONAL_ADVISER -> "Leaving Care";
        };
    }

    /**
     * Worker ids, spelt once and shared by every allocation (a 100,000-child council has 1.7
     * million). Filled as met: two threads may both spell an id, which is harmless as strings are
     * immutable and equal.
     */
    private static final String[][] IDS = new String[Role.values().length][10_000];

    static String id(Role role, int n) {
        String[] ids = IDS[role.ordinal()];
        if (n < 0 || n >= ids.length) {
            return spell(role, n);
        }
        String id = ids[n];
        if (id == null) {
            id = spell(role, n);
            ids[n] = id;
        }
        return id;
    }

    private static String spell(Role role, int n) {
        return switch (role) {
            case SOCIAL_WORKER -> Identifiers.socialWorkerId(n);
            case INDEPENDENT_REVIEWING_OFFICER -> "IRO" + Identifiers.zeroPadded(n, 3);
            case PERSONAL_ADVISER -> "PA" + Identifiers.zeroPadded(n, 4);
        };
    }

    /**
     * The social worker allocated on each of a run of days asked for in order. A child's social
     * worker allocations follow one another without overlapping, so the search resumes where the
     * last one stopped instead of starting again for each of the millions of visits.
     */
    static final class SocialWorkerOnDay {

        private final List<Allocation> socialWorkers = new ArrayList<>();
        private int current;

        SocialWorkerOnDay(List<Allocation> allocations) {
            for (var a : allocations) {
                if (a.role() == Role.SOCIAL_WORKER) {
                    socialWorkers.add(a);
                }
            }
        }

        /** The worker allocated on {@code day}, if any; {@code day} never before the day asked last. */
        @Nullable String on(LocalDate day) {
            while (current < socialWorkers.size() && socialWorkers.get(current).to() != null
                    && !socialWorkers.get(current).to().isAfter(day)) {
                current++;
            }
            if (current == socialWorkers.size() || socialWorkers.get(current).from().isAfter(day)) {
                return null;
            }
            return socialWorkers.get(current).workerId();
        }
    }

}
