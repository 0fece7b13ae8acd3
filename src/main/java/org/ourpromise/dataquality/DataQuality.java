package org.ourpromise.dataquality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.ReturnYearSetting;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.casefile.RecordChanged;
import org.ourpromise.casefile.ReturnChecks;
import org.ourpromise.cluster.DataVersion;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Service;

/**
 * Validates the whole council's return for the collection year being prepared ({@link ReturnYearSetting}).
 * The result is kept until the
 * day changes or a record changes, here or on another server (the {@link DataVersion}), so the page stays fast
 * for a large council.
 */
@Service
public class DataQuality {

    private final CareRecords records;
    private final Clock clock;
    private final DataVersion versions;
    private final AtomicReference<@Nullable DataQualitySummary> latest = new AtomicReference<>();
    private volatile long latestVersion = -1;

    private final ReturnYearSetting returnYear;

    DataQuality(CareRecords records, Clock clock, DataVersion versions, ReturnYearSetting returnYear) {
        this.returnYear = returnYear;
        this.records = records;
        this.clock = clock;
        this.versions = versions;
    }

    public DataQualitySummary today() {
        var today = LocalDate.now(clock);
        var cached = latest.get();
        long version = versions.current(DataVersion.Area.RECORDS);
        if (cached != null && cached.asAt().equals(today) && version == latestVersion) {
            return cached;
        }
        latestVersion = version;
        // the year the dashboard opens at too: the return being prepared (casefile.ReturnYearSetting)
        int year = ReturnChecks.rulesYearFor(returnYear.beingPreparedOn(today));
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
