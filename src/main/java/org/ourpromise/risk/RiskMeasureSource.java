package org.ourpromise.risk;

import java.time.LocalDate;
import java.util.Map;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.missing.MissingEpisodes;
import org.ourpromise.measures.ServiceMeasureSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children-at-risk measures for the targets page and the dashboard: for the collection year ending 31 March
 * {@code year}, as at its last day, or today while the year is running.
 */
@Component
class RiskMeasureSource implements ServiceMeasureSource {

    private final RiskRegister register;
    private final YouthJusticeAndPlacedHere records;
    private final MissingEpisodes missing;
    private final ChildrenAtRisk atRisk;

    RiskMeasureSource(RiskRegister register, YouthJusticeAndPlacedHere records, MissingEpisodes missing,
            ChildrenAtRisk atRisk) {
        this.register = register;
        this.records = records;
        this.missing = missing;
        this.atRisk = atRisk;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, MeasureValue> measures(int year) {
        var from = LocalDate.of(year - 1, 4, 1);
        var end = LocalDate.of(year, 3, 31);
        var today = atRisk.today();
        var to = today.isBefore(end) ? today : end;
        if (to.isBefore(from)) {
            to = from;
        }
        var inputs = new RiskMeasures.Inputs(register.assessments(null), missing.byChild(null),
                register.missingPanelReviews(), records.youthJustice(null), records.placedHere());
        return RiskMeasures.of(inputs, from, to, atRisk.threshold());
    }
}
