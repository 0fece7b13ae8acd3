package org.ourpromise.leavers;

import org.ourpromise.casefile.RecordChanged;

/**
 * What the adviser's contact duty reads beyond the record changed for a young person (decision 0215): the council's
 * accommodation was recorded or ended, or a pathway plan version was saved. Every deadline kept from the record
 * (the worklists, the digest, the figures) refreshes the young person.
 */
public record AdviserContactTermsChanged(String childId, String what) implements RecordChanged {
}
