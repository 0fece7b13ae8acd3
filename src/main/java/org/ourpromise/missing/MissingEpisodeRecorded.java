package org.ourpromise.missing;

import java.time.LocalDate;
import org.ourpromise.casefile.RecordChanged;

/** A child went missing or was away from placement (the episode is recorded). */
public record MissingEpisodeRecorded(String childId, LocalDate started) implements RecordChanged {
}
