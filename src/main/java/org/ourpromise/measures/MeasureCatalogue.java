package org.ourpromise.measures;

import org.ourpromise.measures.compute.MeasureFamily;

/**
 * Every measure of domain/MEASURES.md for a collection year, breakdown keys expanded, in the file's order.
 * Keys depend on the year only where a breakdown follows a year's code list (SEX, REC).
 */
public final class MeasureCatalogue extends MeasuresInOrder {

    private final int year;

    private MeasureCatalogue(int year) {
        this.year = year;
    }

    public static MeasureCatalogue forYear(int year) {
        var catalogue = new MeasureCatalogue(year);
        for (var family : MeasureFamily.all()) {
            for (var m : family.measures(year)) {
                catalogue.define(m, "measure key defined twice: ");
            }
        }
        return catalogue;
    }

    /**
     * The year's measures and, after them, the local measures from the record (with the default settings'
     * words): everything a council may set a target for or hold a comparator of.
     */
    public static MeasureCatalogue withLocalMeasures(int year) {
        var catalogue = forYear(year);
        for (var m : LocalMeasureCatalogue.of(LocalMeasureSettings.defaults()).measures()) {
            catalogue.define(m, "local measure key also in the return's catalogue: ");
        }
        for (var m : IroServiceMeasureCatalogue.defaults().measures()) {
            catalogue.define(m, "IRO measure key also in another catalogue: ");
        }
        for (var m : RiskServiceMeasureCatalogue.defaults().measures()) {
            catalogue.define(m, "children-at-risk measure key also in another catalogue: ");
        }
        for (var m : WorkforceMeasureCatalogue.defaults().measures()) {
            catalogue.define(m, "workforce measure key also in another catalogue: ");
        }
        for (var m : HealthServiceMeasureCatalogue.defaults().measures()) {
            catalogue.define(m, "health measure key also in another catalogue: ");
        }
        for (var m : EducationMeasureCatalogue.defaults().measures()) {
            catalogue.define(m, "education measure key also in another catalogue: ");
        }
        return catalogue;
    }

    public int year() {
        return year;
    }
}
