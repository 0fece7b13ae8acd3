package org.ourpromise.mypromise;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The council's numbers a young person can ring, set by the council (the demo's are made up). */
@Component
class ContactNumbers {

    private final String office;
    private final String advocacy;
    private final String complaints;
    private final String outOfHours;

    ContactNumbers(@Value("${promise.my-promise.office-phone:0300 000 0101}") String office,
            @Value("${promise.my-promise.advocacy-phone:0800 000 0102}") String advocacy,
            @Value("${promise.my-promise.complaints-phone:0300 000 0103}") String complaints,
            @Value("${promise.my-promise.out-of-hours-phone:0300 000 0104}") String outOfHours) {
        this.office = office;
        this.advocacy = advocacy;
        this.complaints = complaints;
        this.outOfHours = outOfHours;
    }

    public String office() {
        return office;
    }

    public String advocacy() {
        return advocacy;
    }

    public String complaints() {
        return complaints;
    }

    public String outOfHours() {
        return outOfHours;
    }
}
