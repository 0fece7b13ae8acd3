package org.ourpromise.returns.rules.basics;

import java.util.List;
import org.ourpromise.returns.Ssda903Row;

/** Whether an OC3 row holds care leaver information: any of IN_TOUCH, ACTIV and ACCOM filled. */
final class CareLeaverInformation {

    static final String[] FIELDS = {"IN_TOUCH", "ACTIV", "ACCOM"};

    private CareLeaverInformation() {
    }

    static boolean given(Ssda903Row oc3) {
        return Fields.anyFilled(oc3, FIELDS);
    }

    static boolean given(List<Ssda903Row> oc3Rows) {
        for (var r : oc3Rows) {
            if (given(r)) {
                return true;
            }
        }
        return false;
    }
}
