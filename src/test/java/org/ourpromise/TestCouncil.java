package org.ourpromise;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.Identity;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;

/**
 * A small council for web and access tests, as at 22 November 2026: two teams, one user of each
 * role, and three children whose allocations decide who may see them.
 */
public final class TestCouncil {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final String PASSWORD = "test-password-1";

    /** In care, allocated to sw1 in team T1, IRO iro1. */
    public static final String AMIRA = "C1001";
    /** In care, allocated to sw2 in team T2. */
    public static final String JACK = "C1002";
    /** A care leaver with personal adviser pa1. */
    public static final String LEAH = "C1003";

    private TestCouncil() {
    }

    public static void load(CareRecords records, UserAccounts users) {
        if (records.count() > 0) {
            return;
        }
        users.addTeam("T1", "North children in care team");
        users.addTeam("T2", "South children in care team");
        users.addUser("sw1", "Sam Social Worker", PASSWORD, Role.SOCIAL_WORKER, "T1", "SW001");
        users.addUser("sw2", "Sol Social Worker", PASSWORD, Role.SOCIAL_WORKER, "T2", "SW002");
        users.addUser("tm1", "Tara Team Manager", PASSWORD, Role.TEAM_MANAGER, "T1", null);
        users.addUser("iro1", "Ian Reviewing Officer", PASSWORD, Role.INDEPENDENT_REVIEWING_OFFICER, null, "IRO01");
        users.addUser("pa1", "Pat Personal Adviser", PASSWORD, Role.PERSONAL_ADVISER, null, "PA01");
        users.addUser("perf1", "Pip Performance", PASSWORD, Role.PERFORMANCE_OFFICER, null, null);
        users.addUser("board1", "Cllr Bea Board", PASSWORD, Role.BOARD_MEMBER, null, null);
        users.addUser("admin1", "Ada Administrator", PASSWORD, Role.ADMINISTRATOR, null, null);
        users.addUser("co1", "Cara Complaints Officer", PASSWORD, Role.COMPLAINTS_OFFICER, null, null);
        users.addUser("partner1", "Pam Partner", PASSWORD, Role.PARTNER, null, null);
        users.addUser("irom1", "Imogen IRO Manager", PASSWORD, Role.IRO_MANAGER, null, null);
        users.addUser("vsh1", "Val Virtual School Head", PASSWORD, Role.VIRTUAL_SCHOOL_HEAD, null, null);
        users.addUser("nurse1", "Nia Nurse", PASSWORD, Role.HEALTH_NURSE, null, null);
        users.addUser("part1", "Pia Participation", PASSWORD, Role.PARTICIPATION_OFFICER, null, null);
        records.addAll(List.of(amira(), jack(), leah()));
        // a young person's account (My Promise) is linked to their own record, so it comes after the records
        users.addYoungPerson("yp1", "Amira", PASSWORD, AMIRA);
    }

    public static ChildRecord amiraForTests() {
        return amira();
    }

    public static ChildRecord jackForTests() {
        return jack();
    }

    public static ChildRecord leahForTests() {
        return leah();
    }

    /**
     * Not part of the council: a child placed with her grandmother under a temporary approval, with every
     * kind of plan event (the short-break agreement with its interval), for round trips through the store.
     */
    public static ChildRecord visitFactsForTests() {
        var start = LocalDate.of(2024, 2, 29);
        List<PlanEvent> plans = List.of(new PlanEvent(PlanEvent.Kind.CARE_PLAN, start),
                new PlanEvent(PlanEvent.Kind.CONNECTED_PERSON_TEMPORARY_APPROVAL, start),
                new PlanEvent(PlanEvent.Kind.PLACEMENT_NOTIFICATION, LocalDate.of(2024, 3, 1)),
                new PlanEvent(PlanEvent.Kind.CONNECTED_PERSON_APPROVED, LocalDate.of(2024, 6, 20)),
                new PlanEvent(PlanEvent.Kind.PERMANENCE_PLAN, LocalDate.of(2024, 7, 1)),
                new PlanEvent(PlanEvent.Kind.LONG_TERM_PLACEMENT_AGREED, LocalDate.of(2024, 7, 1)),
                new PlanEvent(PlanEvent.Kind.CHILD_AGREED_SIX_MONTHLY_VISITS, LocalDate.of(2025, 3, 31)),
                new PlanEvent(PlanEvent.Kind.CHILD_AGREEMENT_WITHDRAWN, LocalDate.of(2025, 12, 25)),
                new PlanEvent(PlanEvent.Kind.SHORT_BREAK_VISITS_AGREED, LocalDate.of(2026, 1, 2), 4),
                new PlanEvent(PlanEvent.Kind.NEEDS_ASSESSMENT, LocalDate.of(2026, 2, 1)),
                new PlanEvent(PlanEvent.Kind.PATHWAY_PLAN, LocalDate.of(2026, 3, 1)));
        return ChildRecords.child("C9101", new Identity("Nia", "Okafor", LocalDate.of(2010, 2, 1), "F", "BAFR", null,
                        null, false, null, false))
                .episode(new CareEpisode(start, "S", "C1", "N1", "U3", "PR1", null, null, null, "LE1 1AA", "LE4 4DD", null))
                .visit(new org.ourpromise.record.Visit(LocalDate.of(2024, 3, 4), "SW001", true)).plans(plans).build();
    }

    static ChildRecord amira() {
        var start = LocalDate.of(2024, 5, 1);
        return child(AMIRA, new Identity("Amira", "Khan", LocalDate.of(2012, 3, 14), "F", "APKN", null, null, null,
                null, false), List.of(
                    new CareEpisode(start, "S", "C1", "N1", "U6", "PR1", LocalDate.of(2024, 9, 2), "X1", null, "LE1 1AA",
                            "LE2 2BB", "SC123456"),
                    new CareEpisode(LocalDate.of(2024, 9, 2), "L", "C2", "N1", "U6", "PR1", null, null, null, "LE1 1AA",
                            "LE2 2BB", "SC123456")),
                List.of(new ReviewHeld(LocalDate.of(2024, 5, 28), "PN1", null, null)),
                List.of(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW001", "T1", start, null, null),
                        new Allocation(Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, "IRO01", "IRO", start, null, null)),
                List.of());
    }

    static ChildRecord jack() {
        var start = LocalDate.of(2025, 1, 6);
        return child(JACK, new Identity("Jack", "Smith", LocalDate.of(2009, 7, 1), "M", "WBRI", null, null, null, null,
                false), List.of(new CareEpisode(start, "S", "V2", "N4", "K2", "PR4", null, null, null, "LE5 5EE",
                        "NG1 1GG", "SC654321")),
                List.of(),
                List.of(new Allocation(Allocation.Role.SOCIAL_WORKER, "SW002", "T2", start, null, null)),
                List.of());
    }

    static ChildRecord leah() {
        return child(LEAH, new Identity("Leah", "Brown", LocalDate.of(2006, 1, 10), "F", "WBRI", null, null, false, null,
                false), List.of(new CareEpisode(LocalDate.of(2021, 6, 1), "S", "C2", "N1", "U4", "PR1",
                        LocalDate.of(2024, 1, 10), "E17", null, "LE1 1AA", "LE3 3CC", "SC111111")),
                List.of(),
                List.of(new Allocation(Allocation.Role.PERSONAL_ADVISER, "PA01", "Leaving care", LocalDate.of(2023, 7, 1),
                        null, null)),
                List.of(new CareLeaverContact(LocalDate.of(2026, 1, 12), "YES", "F2", "U1", true, false, null)));
    }

    private static ChildRecord child(String id, Identity identity, List<CareEpisode> episodes, List<ReviewHeld> reviews,
            List<Allocation> allocations, List<CareLeaverContact> contacts) {
        return ChildRecords.child(id, identity).episodes(episodes).reviews(reviews).allocations(allocations)
                .contacts(contacts).build();
    }
}
