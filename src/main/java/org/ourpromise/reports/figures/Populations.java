package org.ourpromise.reports.figures;

import java.util.Optional;
import org.ourpromise.reports.ComparisonSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The council's population aged 0 to 17 (the ONS mid-year estimate) for the rate of children in care per 10,000:
 * the estimate the performance team set for the collection year on the population page, else the setting
 * {@code promise.population-aged-0-17.YYYY} for the collection year ending 31 March YYYY, else
 * {@code promise.population-aged-0-17} for every year; none, the rate is shown as not available.
 */
@Component
public class Populations {

    static final String PREFIX = "promise.population-aged-0-17";

    private final Environment env;
    private final ComparisonSource stored;

    Populations(Environment env, ComparisonSource stored) {
        this.env = env;
        this.stored = stored;
    }

    public Optional<Integer> aged0to17(int year) {
        var set = stored.population(year);
        if (set.isPresent()) {
            return set;
        }
        Integer p = env.getProperty(PREFIX + "." + year, Integer.class, env.getProperty(PREFIX, Integer.class));
        if (p != null && p <= 0) {
            throw new IllegalStateException(PREFIX + " must be a positive number of children, not " + p);
        }
        return Optional.ofNullable(p);
    }
}
