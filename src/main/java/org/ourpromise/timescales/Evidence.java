package org.ourpromise.timescales;

import java.time.LocalDate;

/** Something dated on the record that can meet a deadline: a review held, a visit, a PEP meeting. */
record Evidence(LocalDate date, String description) implements Comparable<Evidence> {

    @Override
    public int compareTo(Evidence o) {
        return date.compareTo(o.date);
    }
}
