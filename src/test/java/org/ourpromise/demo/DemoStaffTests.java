package org.ourpromise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ourpromise.staff.StaffMember;
import org.ourpromise.staff.StaffRole;

class DemoStaffTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void everyWorkerTheAllocationsNameHasANameAndTheSameSeedGivesTheSameDirectory() {
        var council = SyntheticCouncil.generate(400, 7, 2026, 2);
        var workers = new TreeSet<String>();
        council.forEach(c -> c.allocations().forEach(a -> workers.add(a.workerId())));
        var staff = DemoStaff.of(council, TODAY, 7, Map.of(workers.first(), "Sam Okafor"));
        assertThat(staff).extracting(StaffMember::workerId).containsAll(workers).doesNotHaveDuplicates();
        assertThat(staff).allSatisfy(m -> {
            assertThat(m.name()).matches("[A-Z][a-z]+ [A-Z][a-z]+");
            assertThat(m.fte()).isBetween(new java.math.BigDecimal("0.01"), java.math.BigDecimal.ONE);
            assertThat(m.to() == null || !m.to().isBefore(m.from())).isTrue();
        });
        assertThat(staff).filteredOn(m -> m.workerId().equals(workers.first())).extracting(StaffMember::name)
                .containsExactly("Sam Okafor");
        assertThat(staff).extracting(StaffMember::role).contains(StaffRole.TEAM_MANAGER, StaffRole.SOCIAL_WORKER,
                StaffRole.INDEPENDENT_REVIEWING_OFFICER, StaffRole.PERSONAL_ADVISER);
        assertThat(staff).extracting(StaffMember::email).doesNotHaveDuplicates();
        assertThat(DemoStaff.of(council, TODAY, 7, Map.of(workers.first(), "Sam Okafor"))).isEqualTo(staff);
    }
}
