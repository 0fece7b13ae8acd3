package org.ourpromise.education;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.measures.ServiceMeasureSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Virtual School's local measures for the targets page, the dashboard and its own figures page: for the
 * collection year ending 31 March {@code year}, the school year that includes that day (to today while it runs)
 * and the financial year that is the collection year; computed by {@link EducationMeasures} from the records the
 * Virtual School's pages read.
 */
@Component
class EducationMeasureSource implements ServiceMeasureSource {

    /** The school year counted for a collection year, and its last day counted (today while it runs). */
    public record Period(int collectionYear, SchoolYear schoolYear, LocalDate asAt) {

        static Period of(int collectionYear, LocalDate today) {
            var year = new SchoolYear(collectionYear - 1);
            return new Period(collectionYear, year, today.isBefore(year.last()) ? today : year.last());
        }

        /** The school year has begun by today. */
        public boolean started() {
            return !asAt.isBefore(schoolYear.first());
        }

        private static final java.time.format.DateTimeFormatter DAY =
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

        public String words() {
            return "School year " + schoolYear.words() + (asAt.equals(schoolYear.last()) ? ""
                    : ", to " + asAt.format(DAY));
        }
    }

    private final VirtualSchool school;
    private final Exclusions exclusions;
    private final PepPlans plans;
    private final AttainmentCohort attainment;
    private final PupilPremiumLedger pupilPremium;

    EducationMeasureSource(VirtualSchool school, Exclusions exclusions, PepPlans plans, AttainmentCohort attainment,
            PupilPremiumLedger pupilPremium) {
        this.school = school;
        this.exclusions = exclusions;
        this.plans = plans;
        this.attainment = attainment;
        this.pupilPremium = pupilPremium;
    }

    LocalDate today() {
        return school.today();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, MeasureValue> measures(int year) {
        return measures(Period.of(year, school.today()));
    }

    @Transactional(readOnly = true)
    Map<String, MeasureValue> measures(Period period) {
        var financial = new FinancialYear(period.collectionYear() - 1);
        var statement = financial.first().isAfter(school.today()) ? null : pupilPremium.statement(financial);
        var allocations = statement == null ? List.<PupilPremium.Allocation>of() : pupilPremium.allocations(financial);
        var cohort = period.started() ? school.cohort(period.asAt()) : List.<VirtualSchool.Pupil>of();
        return EducationMeasures.of(new EducationMeasures.Inputs(cohort, period.schoolYear().first(), period.asAt(),
                exclusions.byChild(null), plans.byChild(null), attainment.figures(period.schoolYear()), statement,
                allocations, school.settings().attendanceConcernBelow()));
    }
}
