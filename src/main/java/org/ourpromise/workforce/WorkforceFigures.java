package org.ourpromise.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.cluster.DataVersion;
import org.ourpromise.measures.MeasurePeriod;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.Workforce;
import org.ourpromise.measures.WorkforceMeasures;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.measures.ServiceMeasureSource;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.staff.StaffDirectory;
import org.ourpromise.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workforce measures of a collection year (to today while it runs; caseloads and agency staff on its last day so
 * far), computed once per request from the record and the staff directory, for the targets page (as a
 * {@link ServiceMeasureSource}) and the workforce page alike, so both show the same figure.
 */
@Service
class WorkforceFigures implements ServiceMeasureSource {

    /** The measures with the records they came from (for the children's names on the drill-down). */
    record Read(WorkforceMeasures.Results results, Map<String, ChildRecord> records) {
    }

    /** What a computation was made from: the year, the day, and the versions of the records and the directory. */
    private record Made(int year, LocalDate day, long records, long staff) {
    }

    private final CareRecords records;
    private final StaffDirectory staff;
    private final Clock clock;
    private final DataVersion versions;
    private final Map<Made, Read> kept = new ConcurrentHashMap<>();

    WorkforceFigures(CareRecords records, StaffDirectory staff, Clock clock, DataVersion versions) {
        this.records = records;
        this.staff = staff;
        this.clock = clock;
        this.versions = versions;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The collection year ending 31 March {@code year}, up to today if it is still running. */
    MeasurePeriod yearSoFar(int year) {
        var from = Ssda903Dates.collectionStart(year);
        var end = Ssda903Dates.collectionEnd(year);
        var to = today().isBefore(end) ? today() : end;
        return new MeasurePeriod(from, to.isBefore(from) ? from : to);
    }

    /**
     * The year's figures, kept until a record or the staff directory changes (here or on another server) or the day
     * turns: the targets page and the home page's figures off target ask for them on every view.
     */
    @Transactional(readOnly = true)
    Read read(int year) {
        var made = new Made(year, today(), versions.current(DataVersion.Area.RECORDS),
                versions.current(DataVersion.Area.STAFF));
        var found = kept.get(made);
        if (found != null) {
            return found;
        }
        kept.keySet().removeIf(m -> !m.day().equals(made.day()) || m.records() != made.records()
                || m.staff() != made.staff());
        var read = compute(year);
        kept.put(made, read);
        return read;
    }

    private Read compute(int year) {
        var all = records.loadAll();
        var byId = new LinkedHashMap<String, ChildRecord>();
        all.forEach(r -> byId.put(r.childId(), r));
        return new Read(WorkforceMeasures.compute(all, workforce(staff.all()), yearSoFar(year)), byId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, MeasureValue> measures(int year) {
        return read(year).results().values();
    }

    /** The staff directory as the pure measures take it. */
    static Workforce workforce(List<StaffMember> members) {
        return new Workforce(members.stream().map(m -> new Workforce.Worker(m.workerId(), m.name(), m.team(),
                m.role().allocates(), m.agency(), m.fte(), m.from(), m.to())).toList());
    }
}
