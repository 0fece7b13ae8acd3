package org.ourpromise.reports.figures;

import java.math.BigDecimal;
import org.ourpromise.measures.LocalMeasureSettings;
import org.ourpromise.timescales.TimescaleSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The local measures' settings: the council's timescale settings (the worklists' bean, so the figures and the
 * timeliness page count the same deadlines) and the IRO caseload choices, {@code promise.iro-caseload.*}, each
 * defaulting to {@link LocalMeasureSettings#defaults}. A value the engine refuses stops start-up with its reason.
 */
@Configuration
class RecordMeasuresConfiguration {

    static final String PREFIX = "promise.iro-caseload.";

    @Bean
    LocalMeasureSettings localMeasureSettings(TimescaleSettings timescales, Environment env) {
        var d = LocalMeasureSettings.defaults(timescales);
        try {
            return new LocalMeasureSettings(timescales,
                    env.getProperty(PREFIX + "looked-after-weight", BigDecimal.class, d.lookedAfterWeight()),
                    env.getProperty(PREFIX + "other-case-weight", BigDecimal.class, d.otherCaseWeight()),
                    env.getProperty(PREFIX + "low", Integer.class, d.caseloadLow()),
                    env.getProperty(PREFIX + "high", Integer.class, d.caseloadHigh()),
                    env.getProperty(PREFIX + "band-on-weighted", Boolean.class, d.bandOnWeightedCaseload()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("invalid " + PREFIX + "* settings: " + e.getMessage(), e);
        }
    }
}
