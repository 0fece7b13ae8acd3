package org.ourpromise.reviews;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** The IRO's decisions or the full record of a review held on {@code reviewDate} were sent. */
public record ReviewPapersSent(String childId, LocalDate reviewDate) implements RecordChanged {
}
