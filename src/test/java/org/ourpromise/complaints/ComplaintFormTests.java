package org.ourpromise.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The complaint form: real dates, none in the future, each stage in the procedure's order. */
class ComplaintFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate BORN = LocalDate.of(2010, 2, 28);

    private static Map<String, String> form(String summary, String... fieldAndDate) {
        var params = new HashMap<String, String>();
        params.put("summary", summary);
        params.put("madeBy", "CHILD");
        for (int i = 0; i < fieldAndDate.length; i += 2) {
            var d = LocalDate.parse(fieldAndDate[i + 1]);
            params.put(fieldAndDate[i] + "-day", String.valueOf(d.getDayOfMonth()));
            params.put(fieldAndDate[i] + "-month", String.valueOf(d.getMonthValue()));
            params.put(fieldAndDate[i] + "-year", String.valueOf(d.getYear()));
        }
        return params;
    }

    private static ComplaintForm.Result read(Map<String, String> params) {
        return ComplaintForm.read(params, "CP2026-0001", "C1", BORN, TODAY);
    }

    @Test
    void aFullProcedureInOrderIsRead() {
        var r = read(form("Delay", "received", "2025-12-17", "stage1Responded", "2026-01-06", "stage2Requested",
                "2026-01-06", "stage2Responded", "2026-02-10", "stage3Requested", "2026-03-02", "panelHeld", "2026-04-01",
                "panelReported", "2026-04-08", "authorityResponded", "2026-04-29"));
        assertThat(r.errors()).isEmpty();
        var c = r.complaint();
        assertThat(c.received()).isEqualTo(LocalDate.of(2025, 12, 17));
        assertThat(c.stage2Requested()).isEqualTo(c.stage1Responded()); // the same day is in order
        assertThat(c.authorityResponded()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(c.stage1Extended()).isFalse();
    }

    @Test
    void theReceivedDateAndASummaryAreNeeded() {
        var r = read(form(" "));
        assertThat(r.complaint()).isNull();
        assertThat(r.errors()).containsOnlyKeys("summary", "received");
    }

    @Test
    void aStageBeforeTheOneItFollowsIsRefused() {
        var r = read(form("Delay", "received", "2026-03-01", "stage1Responded", "2026-02-28"));
        assertThat(r.errors()).containsEntry("stage1Responded",
                "The date the stage 1 response was sent must be on or after the date the complaint was received");
    }

    @Test
    void aStageWithoutTheOneBeforeItIsRefused() {
        var r = read(form("Delay", "received", "2026-03-01", "stage2Requested", "2026-03-20"));
        assertThat(r.errors()).containsEntry("stage2Requested", "Enter the date the stage 1 response was sent first");
    }

    @Test
    void futureDatesNonDatesAndDatesBeforeBirthAreRefused() {
        assertThat(read(form("x", "received", "2026-11-23")).errors()).containsKey("received");
        var params = form("x");
        params.put("received-day", "29");
        params.put("received-month", "2");
        params.put("received-year", "2026"); // 2026 is not a leap year
        assertThat(read(params).errors()).containsEntry("received",
                "The date the complaint was received must be a real date, for example 27 3 2026");
        params.put("received-year", "2024");
        assertThat(read(params).errors()).isEmpty();
        assertThat(read(form("x", "received", "2010-02-27")).errors()).containsEntry("received",
                "The date the complaint was received must be on or after the child's date of birth");
    }

    @Test
    void stageTwoCanOnlyBeExtendedOnceAskedFor() {
        var params = form("x", "received", "2026-03-01");
        params.put("stage2Extended", "yes");
        assertThat(read(params).errors()).containsKey("stage2Extended");
        params.put("stage1Extended", "yes");
        params.remove("stage2Extended");
        assertThat(read(params).complaint().stage1Extended()).isTrue();
    }

    @Test
    void whoMadeTheComplaintIsNeededAndNotRecordedIsNotAChoice() {
        var params = form("x", "received", "2026-03-01");
        assertThat(read(params).madeBy()).isEqualTo(LoggedComplaint.MadeBy.CHILD);
        params.put("madeBy", "UNKNOWN");
        assertThat(read(params).errors()).containsEntry("madeBy", "Select who made the complaint");
        params.remove("madeBy");
        assertThat(read(params).errors()).containsKey("madeBy");
    }

    @Test
    void anOverlongSummaryIsRefusedWithItsLength() {
        assertThat(read(form("x".repeat(501), "received", "2026-03-01")).errors()).containsEntry("summary",
                "Write the summary in 500 characters or fewer (you wrote 501)");
    }
}
