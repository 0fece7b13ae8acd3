package org.ourpromise.education;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ourpromise.care.CareEpisodes;
import org.ourpromise.returns.Oc2Cohort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort's results for a school year, computed once for every page and report that shows them: the children
 * looked after continuously for the 12 months to 31 March in the school year (the OC2 cohort of the collection
 * year ending then), and their results of that school year.
 */
@Service
public class AttainmentCohort {

    private final AttainmentStore store;
    private final CareEpisodes care;
    private final AttainmentSettings settings;
    private final Clock clock;

    AttainmentCohort(AttainmentStore store, CareEpisodes care, AttainmentSettings settings, Clock clock) {
        this.store = store;
        this.care = care;
        this.settings = settings;
        this.clock = clock;
    }

    /** The last school year whose results are in: the one before this one. */
    public SchoolYear lastWithResults() {
        return new SchoolYear(SchoolYear.of(LocalDate.now(clock)).startYear() - 1);
    }

    @Transactional(readOnly = true)
    public AttainmentFigures figures(SchoolYear year) {
        var episodes = care.byChild(null);
        int collectionYear = year.startYear() + 1;
        return AttainmentFigures.of(year, store.results(year.startYear()),
                id -> Oc2Cohort.includes(episodes.getOrDefault(id, List.of()), collectionYear), settings);
    }
}
