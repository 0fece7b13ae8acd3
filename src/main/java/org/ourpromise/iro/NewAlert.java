package org.ourpromise.iro;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An alert as the IRO raises it, already checked. {@code responseDue} is null for good practice. */
public record NewAlert(String childId, AlertKind kind, boolean formal, int categoryId, String team,
        @Nullable String workerId, String seen, @Nullable String asked, LocalDate raised, @Nullable LocalDate responseDue) {
}
