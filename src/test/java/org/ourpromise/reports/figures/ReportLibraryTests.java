package org.ourpromise.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.casefile.CareRecordChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Built reports are kept for the day and dropped when a record changes (issue 4: fast pages, never stale). */
class ReportLibraryTests extends WebTestSupport {

    @Autowired
    private ReportLibrary library;

    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void theAnnualReportIsKeptUntilARecordChanges() {
        long started = System.nanoTime();
        var first = library.annual(2026);
        long built = System.nanoTime();
        assertThat(library.annual(2026)).isSameAs(first);
        long again = System.nanoTime();
        System.out.printf("annual report 2026 from the test council: built %d ms, from the cache %d ms%n",
                (built - started) / 1_000_000, (again - built) / 1_000_000);
        events.publishEvent(new CareRecordChanged("C1001"));
        assertThat(library.annual(2026)).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void theDashboardMeasuresAreKeptUntilARecordChanges() {
        var first = library.measures(2026, "T1");
        assertThat(library.measures(2026, "T1")).isSameAs(first);
        assertThat(library.measures(2026, null)).isNotSameAs(first);
        events.publishEvent(new CareRecordChanged(null));
        assertThat(library.measures(2026, "T1")).isNotSameAs(first);
    }

    @Test
    @DisplayName("a change to the comparators, targets or population, even by a command in another process, drops the "
            + "built reports and measures (the rate per 10,000 is worked out with the population): rebuilt, the same")
    void aNewRevisionOfTheComparisonsDropsTheReports() {
        var annual = library.annual(2026);
        var measures = library.measures(2026, null);
        assertThat(library.annual(2026)).isSameAs(annual);
        // what import-benchmarks, import-targets and the targets page do in the transaction of their change
        jdbc.update("update benchmark_revision set revision = revision + 1 where revision_id = 1");
        assertThat(library.annual(2026)).isNotSameAs(annual).isEqualTo(annual);
        assertThat(library.measures(2026, null)).isNotSameAs(measures).isEqualTo(measures);
    }
}
