package org.ourpromise.mypromise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.Identity;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;

/**
 * My Promise's own young people and workers, beside {@link TestCouncil}, in the test's own database: Mia (15, in
 * care), Noah (19, a care leaver), Kai (13, in care, no account yet) and Lily (6, too young to be invited).
 */
final class MyPromiseCouncil {

    static final String MIA = "ME-C1";
    static final String NOAH = "ME-C2";
    static final String KAI = "ME-C3";
    static final String LILY = "ME-C4";
    static final String PASSWORD = TestCouncil.PASSWORD;

    private MyPromiseCouncil() {
    }

    static void load(CareRecords records, UserAccounts users, StaffDirectory staff) {
        TestCouncil.load(records, users);
        if (users.exists("me-sw")) {
            return;
        }
        users.addTeam("ME-T", "East children in care team");
        users.addUser("me-sw", "Sara Webb", PASSWORD, Role.SOCIAL_WORKER, "ME-T", "MESW1");
        users.addUser("me-tm", "Tom Marsh", PASSWORD, Role.TEAM_MANAGER, "ME-T", null);
        users.addUser("me-iro", "Ivan Reed", PASSWORD, Role.INDEPENDENT_REVIEWING_OFFICER, null, "MEIRO1");
        users.addUser("me-pa", "Pia Adams", PASSWORD, Role.PERSONAL_ADVISER, null, "MEPA1");
        staff.addAll(List.of(member("MESW1", "Sara Webb", StaffRole.SOCIAL_WORKER, "ME-T"),
                member("MEIRO1", "Ivan Reed", StaffRole.INDEPENDENT_REVIEWING_OFFICER, "IRO"),
                member("MEPA1", "Pia Adams", StaffRole.PERSONAL_ADVISER, "Leaving care")));
        var since = LocalDate.of(2023, 4, 3);
        var mia = ChildRecords.child(MIA, new Identity("Mia", "Fairweather", LocalDate.of(2011, 5, 1), "F", "WBRI",
                        null, null, false, null, false))
                .episodes(List.of(new CareEpisode(since, "S", "C2", "N1", "U4", "PR1", null, null, null, "LE1 1AA",
                        "LE3 3CC", "SC111111")))
                .reviews(List.of(new ReviewHeld(LocalDate.of(2023, 5, 1), "PN1", null, null),
                        new ReviewHeld(LocalDate.of(2026, 6, 1), "PN1", null, null)))
                .allocations(List.of(new Allocation(Allocation.Role.SOCIAL_WORKER, "MESW1", "ME-T", since, null, null),
                        new Allocation(Allocation.Role.INDEPENDENT_REVIEWING_OFFICER, "MEIRO1", "IRO", since, null,
                                null)))
                .plans(List.of(new PlanEvent(PlanEvent.Kind.CARE_PLAN, LocalDate.of(2026, 5, 20))))
                .build();
        var noah = ChildRecords.child(NOAH, new Identity("Noah", "Quillfeather", LocalDate.of(2007, 2, 1), "M", "WBRI",
                        null, null, null, null, false))
                .episodes(List.of(new CareEpisode(LocalDate.of(2021, 3, 1), "S", "C2", "N1", "U4", "PR1",
                        LocalDate.of(2025, 2, 1), "E17", null, "LE1 1AA", "LE3 3CC", "SC111111")))
                .allocations(List.of(new Allocation(Allocation.Role.PERSONAL_ADVISER, "MEPA1", "Leaving care",
                        LocalDate.of(2025, 2, 1), null, null)))
                .contacts(List.of(new CareLeaverContact(LocalDate.of(2026, 10, 1), "YES", "F2", "U1", true, false,
                        null)))
                .plans(List.of(new PlanEvent(PlanEvent.Kind.PATHWAY_PLAN, LocalDate.of(2026, 9, 1))))
                .build();
        var kai = inCare(KAI, "Kai", LocalDate.of(2013, 1, 10));
        var lily = inCare(LILY, "Lily", LocalDate.of(2020, 6, 1));
        records.addAll(List.of(mia, noah, kai, lily));
        users.addYoungPerson("me-yp1", "Mia", PASSWORD, MIA);
        users.addYoungPerson("me-yp2", "Noah", PASSWORD, NOAH);
    }

    private static org.ourpromise.record.ChildRecord inCare(String id, String name, LocalDate born) {
        var since = LocalDate.of(2024, 1, 8);
        return ChildRecords.child(id, new Identity(name, "Testwood", born, "M", "WBRI", null, null, null, null, false))
                .episodes(List.of(new CareEpisode(since, "S", "C2", "N1", "U4", "PR1", null, null, null, "LE1 1AA",
                        "LE3 3CC", "SC111111")))
                .allocations(List.of(new Allocation(Allocation.Role.SOCIAL_WORKER, "MESW1", "ME-T", since, null, null)))
                .build();
    }

    private static StaffMember member(String id, String name, StaffRole role, String team) {
        return new StaffMember(id, name, role, team, id.toLowerCase() + "@example.gov.uk", false, BigDecimal.ONE,
                LocalDate.of(2020, 1, 6), null, 0);
    }
}
