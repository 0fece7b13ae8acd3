package org.ourpromise.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ourpromise.record.AdoptionDecision;
import org.ourpromise.record.AdoptionOrder;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.DeprivationOfLiberty;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.Identity;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.PreviousPermanence;
import org.ourpromise.record.ReviewHeld;

/**
 * Valid random care records for property tests and the benchmark: periods of care made of contiguous
 * X1-linked episodes, codes from {@link CodeList} for the year, and dates drawn often onto the edges
 * of the collection year (31 March, 1 April) and onto birthdays.
 */
final class RandomChildren {

    private static final List<String> ENDINGS = List.of("E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48",
            "E5", "E6", "E7", "E9", "E14", "E15", "E16", "E17", "E8", "E3", "E11", "E12", "E2");
    private static final List<String> NEXT_RNE = List.of("L", "P", "T", "B", "U");
    private static final List<String> POSTCODES = List.of("LE1 1AA", "LE2 2BB", "NG1 1AA", "B1 1AA");

    private final Random r;
    private final int year;
    private final LocalDate start;
    private final LocalDate end;

    RandomChildren(long seed, int year) {
        this.r = new Random(seed);
        this.year = year;
        this.start = Ssda903Dates.collectionStart(year);
        this.end = Ssda903Dates.collectionEnd(year);
    }

    static List<ChildRecord> of(long seed, int count, int year) {
        var g = new RandomChildren(seed, year);
        var children = new ArrayList<ChildRecord>(count);
        for (int i = 0; i < count; i++) {
            children.add(g.child(String.format("C%06d", i)));
        }
        return children;
    }

    ChildRecord child(String id) {
        LocalDate dob = dateOfBirth();
        String sex = chance(5) ? "U" : r.nextBoolean() ? "M" : "F";
        var identity = new Identity("Given", "Family", dob, sex, pick(CodeList.ETHNIC.codes(year)), upn(), null,
                chance(40) ? null : r.nextBoolean(), childsBirth(dob), chance(10));
        var episodes = episodes(dob);
        LocalDate uasc = chance(85) ? null : chance(50) ? ChildRecord.UASC_ONGOING : around(end, 400);
        // in the order the draws have always been made, so each seed gives the children it gave
        return ChildRecords.child(id, identity).uascUntil(uasc).episodes(episodes).reviews(reviews()).health(health())
                .missing(missing()).contacts(contacts(dob)).adoptionDecisions(decisions()).adoption(adoption(episodes))
                .previousPermanence(chance(30) ? previousPermanence() : null).allocations(allocations())
                .deprivationOfLiberty(deprivationOfLiberty()).build();
    }

    private LocalDate childsBirth(LocalDate dob) {
        LocalDate birth = dob.plusYears(15 + r.nextInt(5));
        return chance(5) && !birth.isAfter(end) ? birth : null;
    }

    private LocalDate dateOfBirth() {
        int age = r.nextInt(27);
        if (chance(8)) {
            return LocalDate.of(year - age, 3, 31);
        }
        if (chance(8)) {
            return LocalDate.of(year - age - 1, 4, 1);
        }
        if (chance(2)) {
            return LocalDate.of(2008, 2, 29).minusYears(4L * r.nextInt(4));
        }
        return end.minusYears(age).minusDays(r.nextInt(365));
    }

    private List<CareEpisode> episodes(LocalDate dob) {
        var episodes = new ArrayList<CareEpisode>();
        LocalDate cursor = max(dob, chance(70) ? around(start.minusYears(1), 900) : around(dob.plusYears(14), 1500));
        int periods = r.nextInt(4);
        for (int p = 0; p < periods && !cursor.isAfter(end.plusDays(60)); p++) {
            boolean last = p == periods - 1;
            cursor = period(episodes, cursor, last);
            if (cursor == null || episodes.get(episodes.size() - 1).reasonCeased().equals("E2")) {
                break;
            }
            cursor = cursor.plusDays(1 + r.nextInt(500));
        }
        return episodes;
    }

    /** Adds one period of care; returns the day it ended, null if it is still open. */
    private LocalDate period(List<CareEpisode> episodes, LocalDate from, boolean last) {
        boolean shortBreaks = chance(8);
        String ls = shortBreaks ? (r.nextBoolean() ? "V3" : "V4") : pick(CodeList.LS.codes(year));
        String rne = "S";
        String cin = pick(CodeList.CIN.codes(year));
        int count = 1 + r.nextInt(4);
        LocalDate started = from;
        for (int i = 0; i < count; i++) {
            boolean lastEpisode = i == count - 1;
            if (lastEpisode && last && chance(35)) {
                episodes.add(episode(started, rne, ls, cin, null, null));
                return null;
            }
            LocalDate ceased = ceasedAfter(started, shortBreaks);
            String rec = lastEpisode ? pick(ENDINGS) : "X1";
            episodes.add(episode(started, rne, ls, cin, ceased, rec));
            started = ceased;
            rne = pick(NEXT_RNE);
            if (!shortBreaks && (rne.equals("L") || rne.equals("B") || rne.equals("U"))) {
                ls = pick(CodeList.LS.codes(year).stream().filter(c -> !c.startsWith("V3") && !c.startsWith("V4")).toList());
            }
        }
        return started;
    }

    private LocalDate ceasedAfter(LocalDate started, boolean shortBreak) {
        if (!shortBreak && chance(25)) {
            for (LocalDate edge : List.of(start.minusDays(1), start, end, end.plusDays(1))) {
                if (edge.isAfter(started) && chance(50)) {
                    return edge;
                }
            }
        }
        int days = shortBreak || chance(20) ? 1 + r.nextInt(30) : 1 + r.nextInt(700);
        return started.plusDays(days);
    }

    private CareEpisode episode(LocalDate from, String rne, String ls, String cin, LocalDate to, String rec) {
        String place = pick(CodeList.PLACE.codes(year));
        return new CareEpisode(from, rne, ls, cin, place, chance(20) ? null : pick(CodeList.PLACE_PROVIDER.codes(year)),
                to, rec, to == null || chance(30) ? null : pick(CodeList.REASON_PLACE_CHANGE.codes(year)),
                chance(20) ? null : pick(POSTCODES), chance(20) ? null : pick(POSTCODES),
                chance(50) ? null : "SC" + (100000 + r.nextInt(900000)));
    }

    private List<ReviewHeld> reviews() {
        var reviews = new ArrayList<ReviewHeld>();
        for (int i = r.nextInt(5); i > 0; i--) {
            reviews.add(new ReviewHeld(around(start, 500), pick(CodeList.REVIEW_CODE.codes(year)), null, null));
        }
        return reviews;
    }

    private List<HealthEvent> health() {
        var events = new ArrayList<HealthEvent>();
        var kinds = HealthEvent.Kind.values();
        for (int i = r.nextInt(10); i > 0; i--) {
            var kind = kinds[r.nextInt(kinds.length)];
            String value = switch (kind) {
                case SDQ_SCORE -> String.valueOf(r.nextInt(41));
                case SDQ_NOT_COMPLETED -> pick(CodeList.SDQ_REASON.codes(year));
                case IMMUNISATION_STATUS, DEVELOPMENT_CHECK_STATUS -> r.nextBoolean() ? "1" : "0";
                default -> null;
            };
            events.add(new HealthEvent(kind, edgy(start.minusDays(400), end.plusDays(30)), value, false));
        }
        return events;
    }

    private List<MissingEpisode> missing() {
        var missing = new ArrayList<MissingEpisode>();
        for (int i = r.nextInt(4); i > 0; i--) {
            LocalDate from = edgy(start.minusDays(60), end.plusDays(10));
            LocalDate to = chance(20) ? null : from.plusDays(r.nextInt(10));
            missing.add(new MissingEpisode(r.nextBoolean() ? "M" : "A", from, to, null, null, false));
        }
        return missing;
    }

    private List<CareLeaverContact> contacts(LocalDate dob) {
        var contacts = new ArrayList<CareLeaverContact>();
        LocalDate birthday = dob.plusYears(end.getYear() - dob.getYear());
        for (int i = r.nextInt(5); i > 0; i--) {
            LocalDate on = chance(60) ? around(birthday, 150) : edgy(start, end);
            String inTouch = pick(CodeList.IN_TOUCH.codes(year));
            String accommodation = chance(15) ? "0" : pick(CodeList.ACCOM_LETTER.codes(year)) + (1 + r.nextInt(2));
            contacts.add(new CareLeaverContact(on, inTouch, pick(CodeList.ACTIV.codes(year)), accommodation,
                    r.nextBoolean(), false, null));
        }
        return contacts;
    }

    private List<AdoptionDecision> decisions() {
        var decisions = new ArrayList<AdoptionDecision>();
        for (int i = chance(80) ? 0 : 1 + r.nextInt(2); i > 0; i--) {
            LocalDate decided = around(end, 700);
            boolean reversed = chance(40);
            decisions.add(new AdoptionDecision(decided, reversed ? decided.plusDays(1 + r.nextInt(400)) : null,
                    reversed && chance(90) ? pick(CodeList.REASON_PLACED_CEASED.codes(year)) : null));
        }
        return decisions;
    }

    private AdoptionOrder adoption(List<CareEpisode> episodes) {
        LocalDate adopted = episodes.stream()
                .filter(e -> "E11".equals(e.reasonCeased()) || "E12".equals(e.reasonCeased()))
                .map(CareEpisode::ceased).findFirst().orElse(null);
        if (adopted == null && !chance(3)) {
            return null;
        }
        // The decision and the match come before the adoption order (rules 331-334).
        LocalDate decision = (adopted == null ? end : adopted).minusDays(60 + r.nextInt(600));
        return new AdoptionOrder(decision, chance(20) ? null : decision.plusDays(r.nextInt(60)), r.nextBoolean(),
                pick(CodeList.NB_ADOPTR.codes(year)), pick(CodeList.SEX_ADOPTR.codes(year)),
                pick(CodeList.LS_ADOPTR.codes(year)));
    }

    private PreviousPermanence previousPermanence() {
        return new PreviousPermanence(pick(CodeList.PREV_PERM.codes(year)), chance(50) ? "855" : "WAL",
                chance(50) ? "zz/zz/2015" : Ssda903Dates.format(around(start, 2000)));
    }

    private List<Allocation> allocations() {
        var allocations = new ArrayList<Allocation>();
        if (chance(30)) {
            return allocations;
        }
        LocalDate from = around(start.minusDays(200), 300);
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            boolean open = i == 1 && chance(70);
            LocalDate to = open ? null : edgy(from.plusDays(1), from.plusDays(400));
            allocations.add(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW" + r.nextInt(500), "Team", from, to,
                    to == null || chance(10) ? null : pick(CodeList.SW_REASON.codes(year))));
            if (to == null) {
                break;
            }
            from = to;
        }
        if (chance(30)) {
            allocations.add(new Allocation(Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, "IRO1", "IRO", start, null, null));
        }
        return allocations;
    }

    private List<DeprivationOfLiberty> deprivationOfLiberty() {
        var orders = new ArrayList<DeprivationOfLiberty>();
        for (int i = chance(85) ? 0 : 1 + r.nextInt(2); i > 0; i--) {
            LocalDate from = edgy(start.minusDays(300), end.plusDays(20));
            orders.add(new DeprivationOfLiberty(from, chance(30) ? null : from.plusDays(1 + r.nextInt(300))));
        }
        return orders;
    }

    private String upn() {
        if (chance(20)) {
            return null;
        }
        return chance(20) ? pick(CodeList.UPN_UNKNOWN.codes(year)) : "A" + (100000000000L + (long) (r.nextDouble() * 8e11));
    }

    /** A day between the two, one time in four on an edge of the collection year inside them. */
    private LocalDate edgy(LocalDate from, LocalDate to) {
        if (chance(25)) {
            for (LocalDate edge : List.of(start, end, start.minusDays(1), end.plusDays(1))) {
                if (!edge.isBefore(from) && !edge.isAfter(to) && chance(50)) {
                    return edge;
                }
            }
        }
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays((long) (r.nextDouble() * (span + 1)));
    }

    private LocalDate around(LocalDate d, int days) {
        return d.plusDays(r.nextInt(2 * days + 1) - days);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    private <T> T pick(java.util.Collection<T> values) {
        int i = r.nextInt(values.size());
        for (T v : values) {
            if (i-- == 0) {
                return v;
            }
        }
        throw new IllegalStateException();
    }
}
