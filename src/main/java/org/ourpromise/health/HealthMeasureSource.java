package org.ourpromise.health;

import java.time.LocalDate;
import java.util.Map;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.ServiceMeasureSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health service's local measures for the targets page and the dashboard: for the collection year ending
 * 31 March {@code year}, as at its last day, or today while the year is running.
 */
@Component
class HealthMeasureSource implements ServiceMeasureSource {

    private final HealthServiceData data;
    private final HealthAccess access;

    HealthMeasureSource(HealthServiceData data, HealthAccess access) {
        this.data = data;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, MeasureValue> measures(int year) {
        var from = LocalDate.of(year - 1, 4, 1);
        var end = LocalDate.of(year, 3, 31);
        var today = access.today();
        var to = today.isBefore(end) ? today : end;
        if (to.isBefore(from)) {
            to = from;
        }
        return HealthServiceFigures.of(data.inputs(to), from, to);
    }
}
