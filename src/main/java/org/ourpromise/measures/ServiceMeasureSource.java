package org.ourpromise.measures;

import java.util.Map;

/**
 * Local measures a service room computes from its own tables (the IRO service's alerts and review actions), for
 * the targets page beside the measures from the return and the record. The room implements it, so that the
 * report pages need not depend on the room (which uses them).
 */
public interface ServiceMeasureSource {

    /** Every measure the source defines, for the collection year ending 31 March {@code year} (so far, if running). */
    Map<String, MeasureValue> measures(int year);
}
