package org.ourpromise.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A Deprivation of Liberty Order (903 DoLo, from 2026-27). */
public record DeprivationOfLiberty(LocalDate started, @Nullable LocalDate ended) {
}
