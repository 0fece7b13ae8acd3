package org.ourpromise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.staff.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data version tells each server's caches what another server changed (decision 0077). "Another server" is
 * played by changing the database directly and raising the version, as a second server would: no event is
 * published in this one.
 */
class DataVersionTests extends WebTestSupport {

    @Autowired
    private DataVersion versions;

    @Autowired
    private StaffDirectory staff;

    @Test
    void eachChangeRaisesTheVersionAndSaysWhichChild() {
        long start = versions.current(DataVersion.Area.RECORDS);
        assertThat(versions.changesSince(start).none()).isTrue();
        versions.recordChanged("C1001");
        versions.recordChanged("C1002");
        versions.recordChanged("C1001");
        var changes = versions.changesSince(start);
        assertThat(changes.version()).isEqualTo(start + 3);
        assertThat(changes.everything()).isFalse();
        assertThat(changes.childIds()).containsExactlyInAnyOrder("C1001", "C1002");
        assertThat(versions.changesSince(start + 2).childIds()).containsExactly("C1001");

        versions.recordChanged(null);
        assertThat(versions.changesSince(start + 3).everything()).isTrue();
        assertThat(versions.changesSince(-1).everything()).as("a cache that never looked").isTrue();
    }

    @Test
    void changesForgottenAreTakenAsEverything() {
        long start = versions.current(DataVersion.Area.RECORDS);
        versions.recordChanged("C1003");
        jdbc.update("update record_change set changed_at = ? where version = ?", LocalDateTime.of(2020, 1, 1, 0, 0),
                start + 1);
        assertThat(versions.prune(LocalDateTime.of(2021, 1, 1, 0, 0))).isGreaterThanOrEqualTo(1);
        assertThat(versions.changesSince(start).everything()).isTrue();
    }

    @Test
    void areasCountSeparately() {
        long records = versions.current(DataVersion.Area.RECORDS);
        long staffVersion = versions.current(DataVersion.Area.STAFF);
        versions.changed(DataVersion.Area.STAFF);
        assertThat(versions.current(DataVersion.Area.STAFF)).isEqualTo(staffVersion + 1);
        assertThat(versions.current(DataVersion.Area.RECORDS)).isEqualTo(records);
    }

    @Test
    void theStaffDirectorySeesANameChangedOnAnotherServer() {
        jdbc.update("insert into staff_member (worker_id, name, role, team, email, agency, fte, date_from, version)"
                + " values ('SWX1', 'Ann Before', 'SOCIAL_WORKER', 'T1', null, false, 1.00, date '2020-01-06', 0)");
        versions.changed(DataVersion.Area.STAFF);
        assertThat(staff.nameOf("SWX1")).isEqualTo("Ann Before");
        jdbc.update("update staff_member set name = 'Ann After' where worker_id = 'SWX1'");
        assertThat(staff.nameOf("SWX1")).as("until the other server raises the version").isEqualTo("Ann Before");
        versions.changed(DataVersion.Area.STAFF);
        assertThat(staff.nameOf("SWX1")).isEqualTo("Ann After");
        jdbc.update("delete from staff_member where worker_id = 'SWX1'");
        versions.changed(DataVersion.Area.STAFF);
    }
}
