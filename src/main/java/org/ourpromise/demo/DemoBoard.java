package org.ourpromise.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.ourpromise.board.Attendance;
import org.ourpromise.board.BoardAction;
import org.ourpromise.board.BoardBook;
import org.ourpromise.board.Meeting;
import org.ourpromise.board.Member;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo council's Corporate Parenting Board (issue 15): members, terms of reference, a year of meetings every
 * two months (the last two still to come) with agenda, papers, attendance, minutes, resolutions and actions, and
 * the work plan. Drawn from its own random stream, so the rest of the demo council is unchanged; added when the
 * demo is on and the board has no meeting yet.
 */
@Component
class DemoBoard implements SmartInitializingSingleton {

    private static final long STREAM = 0xB0A2DL;

    private static final String TERMS = """
            The Corporate Parenting Board is an advisory body. It supports and makes recommendations to the Cabinet \
            Member for Children and Families on corporate parenting, and advises and leads the council on children \
            in care and care leavers. Its aims:
            (a) the whole council and its partners commit to excellent standards of corporate parenting;
            (b) high expectations and stable relationships for every child in care and care leaver;
            (c) better long-term outcomes: happiness, well-being, educational success and future prospects;
            (d) the voice of children in care and care leavers shapes policy and the services they receive;
            (e) oversee the key performance indicators for their health, well-being and education;
            (f) receive regular reports on adoption and fostering, education, leaving care and the secure estate;
            (g) key plans and strategies show what they contribute to the targets agreed;
            (h) celebrate the achievements of children in care, their carers and care leavers;
            (i) members visit services and meet children and young people;
            (j) review the Corporate Parenting Strategy and its work plan each year;
            (k) report to Cabinet each year on how the council has met its promise.""";

    private static final List<String[]> PLAN = List.of(
            new String[] {"Voice of children", "Children in Care Council update"},
            new String[] {"Independent reviewing", "IRO annual report"},
            new String[] {"Education", "Virtual School annual report"},
            new String[] {"Health", "Health of children in care annual report"},
            new String[] {"Homes", "Sufficiency strategy and fostering recruitment"},
            new String[] {"Leaving care", "Care leavers' local offer and accommodation"},
            new String[] {"Permanence", "Adoption and special guardianship report"},
            new String[] {"Safety", "Missing from care and exploitation report"});

    private static final List<String> MINUTES = List.of(
            "The board noted the figures and asked about the rise in placements at a distance.",
            "Members welcomed the report and thanked the young people who presented it.",
            "The board discussed the time children wait for a health assessment and the work with health partners.",
            "Members asked how the findings will change practice and when the board will hear again.",
            "The board noted progress and asked for the figures by age group next time.");

    private static final List<String> ACTIONS = List.of(
            "Report the reasons behind late health assessments, with the health partner",
            "Arrange members' visits to two children's homes",
            "Bring the care leavers' accommodation figures by district",
            "Invite the Children in Care Council to set the next meeting's theme",
            "Write to partners who have not sent their Our Promise evidence",
            "Check why review participation fell and report back",
            "Share the Virtual School's PEP quality audit with members",
            "Add the stability of placements by age to the pack");

    private final BoardBook book;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;
    private final boolean enabled;
    private final long seed;

    DemoBoard(BoardBook book, TransactionTemplate transaction, java.time.Clock clock,
            @Value("${promise.demo.enabled:true}") boolean enabled, @Value("${promise.demo.seed:2026}") long seed) {
        this.book = book;
        this.transaction = transaction;
        this.clock = clock;
        this.enabled = enabled;
        this.seed = seed;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled && book.isEmpty()) {
            transaction.executeWithoutResult(s -> add(LocalDate.now(clock)));
        }
    }

    void add(LocalDate today) {
        var random = new Random(seed ^ STREAM);
        var yearStart = today.minusYears(1);
        book.addTerms(TERMS, yearStart.withDayOfMonth(1), "performance");
        var members = members(yearStart);
        var meetings = new ArrayList<Long>();
        for (int i = 0; i < 7; i++) {
            var day = yearStart.plusMonths(2L * i).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).plusWeeks(1);
            var venue = random.nextInt(3) == 0 ? Meeting.Venue.VIRTUAL : Meeting.Venue.IN_PERSON;
            long id = book.addMeeting(day, venue);
            if (!meetings.isEmpty() && day.isBefore(today)) {
                book.minutesAgreed(meetings.get(meetings.size() - 1), day); // agreed as a correct record at this one
            }
            meetings.add(id);
            book.addPlanEntry(id, PLAN.get(i % PLAN.size())[0], PLAN.get(i % PLAN.size())[1]);
            if (day.isBefore(today)) {
                held(random, id, day, i, members, today);
            } else {
                agenda(id, day, i, null);
            }
        }
    }

    private List<Long> members(LocalDate yearStart) {
        var start = yearStart.withDayOfMonth(1);
        var ids = new ArrayList<Long>();
        ids.add(book.addMember("Cllr Jo Patel", Member.Role.CHAIR, "Demo County Council", start, start.plusYears(1)));
        ids.add(book.addMember("Cllr Mark Hughes", Member.Role.DEPUTY, "Demo County Council", start, start.plusYears(1)));
        ids.add(book.addMember("Cllr Aisha Rahman", Member.Role.COUNCILLOR, "Demo County Council", start, start.plusYears(1)));
        ids.add(book.addMember("Cllr Peter Lowe", Member.Role.COUNCILLOR, "Demo County Council", start, start.plusYears(1)));
        ids.add(book.addMember("Dr Sarah Bell", Member.Role.PARTNER, "Integrated Care Board", start, null));
        ids.add(book.addMember("Insp. Dan Cole", Member.Role.PARTNER, "Demo Police", start, null));
        ids.add(book.addMember("Kayla M.", Member.Role.YOUNG_PEOPLE, "Children in Care Council", start, null));
        ids.add(book.addMember("Jordan T.", Member.Role.YOUNG_PEOPLE, "Care Leavers' Forum", start, null));
        ids.add(book.addMember("Lynn Ward", Member.Role.CHAMPION, "Care leavers' champion", start, null));
        return ids;
    }

    private void held(Random random, long id, LocalDate day, int number, List<Long> members, LocalDate today) {
        for (long m : members) {
            int r = random.nextInt(20);
            book.attend(id, m, r < 16 ? Attendance.Presence.PRESENT : r < 19 ? Attendance.Presence.APOLOGIES
                    : Attendance.Presence.ABSENT);
        }
        agenda(id, day, number, random);
        int actions = 2 + random.nextInt(3);
        for (int a = 0; a < actions; a++) {
            var due = day.plusWeeks(4 + random.nextInt(10));
            var status = due.isBefore(today) && random.nextInt(4) > 0 ? BoardAction.Status.DONE
                    : random.nextBoolean() ? BoardAction.Status.IN_PROGRESS : BoardAction.Status.OPEN;
            String owner = random.nextBoolean() ? "Head of Service, Children in Care" : "Cllr Jo Patel";
            book.addAction(id, ACTIONS.get(random.nextInt(ACTIONS.size())), owner, due, status,
                    status == BoardAction.Status.DONE ? "Done and reported to the board." : status
                            == BoardAction.Status.IN_PROGRESS ? "Under way; an update will come to the next meeting." : null);
        }
    }

    /** The agenda of every meeting; a held meeting (random given) has its minutes and resolutions too. */
    private void agenda(long id, LocalDate day, int number, @Nullable Random random) {
        boolean held = random != null;
        var quarter = quarterBefore(day);
        var report = PLAN.get(number % PLAN.size())[1];
        book.addItem(id, 1, "Apologies and declarations of interest", null, null,
                held ? "Apologies were noted as recorded in the attendance." : null, null);
        book.addItem(id, 2, "Minutes of the last meeting and matters arising", null, null,
                held ? "The minutes were agreed as a correct record; matters arising are in the action log." : null,
                held ? "That the minutes of the last meeting be agreed." : null);
        book.addItem(id, 3, "Performance pack", "Corporate Parenting Board performance pack",
                "/board-pack?quarter=" + quarter, held ? MINUTES.get(random.nextInt(MINUTES.size())) : null,
                held ? "That the performance report be noted." : null);
        book.addItem(id, 4, report, report, null, held ? MINUTES.get(random.nextInt(MINUTES.size())) : null,
                held ? "That the " + report + " be received and the recommendations endorsed." : null);
        book.addItem(id, 5, "Any other business", null, null, held ? "None." : null, null);
    }

    /** The last quarter ended before the meeting, as the pack's address gives it (e.g. 2026-Q2). */
    static String quarterBefore(LocalDate day) {
        var lastEnded = day.withDayOfMonth(1).minusMonths((day.getMonthValue() - 1) % 3 + 1);
        int year = lastEnded.getMonthValue() >= 4 ? lastEnded.getYear() + 1 : lastEnded.getYear();
        int q = (lastEnded.getMonthValue() + 8) % 12 / 3 + 1;
        return year + "-Q" + q;
    }
}
