package org.ourpromise.education;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national figures for children looked after that a report may cite beside the council's, as the DfE published
 * them, by measure and school year: {@code promise.attainment.national.ks2-rwm-2024=...} (per cent, or the average
 * for Attainment 8 and Progress 8). Measures: eyfs-gld, ks1-rwm, ks2-rwm, ks4-a8, ks4-p8, ks4-em94, ks4-em95. None
 * is built in: a figure is cited only where someone has entered the published one.
 */
@ConfigurationProperties("promise.attainment")
public record AttainmentSettings(@Nullable Map<String, BigDecimal> national) {

    public AttainmentSettings {
        national = national == null ? Map.of() : Map.copyOf(national);
    }

    /** The national figure for a measure in a school year, or null where none is cited. */
    public @Nullable BigDecimal national(String measure, SchoolYear year) {
        return java.util.Objects.requireNonNull(national).get(measure + "-" + year.startYear());
    }
}
