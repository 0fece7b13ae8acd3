package org.ourpromise.returns;

import java.util.List;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.returns.derivation.CollectionSpan;
import org.ourpromise.returns.derivation.ContinuousCare;

/**
 * The OC2 cohort for other modules: children looked after continuously for the 12 months to 31 March, the cohort the
 * DfE's outcome figures (attainment, health) are published for (MEASURES.md §4). The same test the return uses.
 */
public final class Oc2Cohort {

    private Oc2Cohort() {
    }

    /** In the cohort of the collection year ending 31 March {@code year}. */
    public static boolean includes(List<CareEpisode> episodes, int year) {
        return ContinuousCare.forTwelveMonths(episodes, CollectionSpan.of(year, 0));
    }
}
