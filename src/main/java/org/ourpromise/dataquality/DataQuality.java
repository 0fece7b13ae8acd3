package org.ourpromise.dataquality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.casefile.ReturnChecks;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Service;

/**
 * Validates the whole council's return for today's collection year. The result is kept until the
 * day changes or a record changes, so the page stays fast for a large council.
 */
@Service
public class DataQuality {

    private final CareRecords records;
    private final Clock clock;
    private final AtomicReference<@Nullable DataQualitySummary> latest = new AtomicReference<>();

    DataQuality(CareRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public DataQualitySummary today() {
        var today = LocalDate.now(clock);
        var cached = latest.get();
        if (cached != null && cached.asAt().equals(today)) {
            return cached;
        }
        int year = ReturnChecks.yearFor(today);
        var summary = DataQualitySummary.of(ReturnChecks.validate(records.loadAll(), year), today);
        latest.set(summary);
        return summary;
    }

    /** After the change commits, so a page in between cannot cache the old record again. */
    @TransactionalEventListener(fallbackExecution = true)
    void onChange(RecordChanged changed) {
        latest.set(null);
    }
}
