package org.ourpromise.returns;

import java.util.Map;
import java.util.Optional;

/**
 * Reference data some rules need and a council may not hold. Absent data makes those rules
 * skipped, never passed.
 *
 * @param providers Ofsted provider information keyed by URN (the "Provider Info" table), if supplied
 */
public record ReferenceData(Optional<Map<String, ProviderInformation>> providers) {

    public static ReferenceData none() {
        return new ReferenceData(Optional.empty());
    }

    /** One Ofsted-registered setting: its URN, placement codes it may offer, registration and closure dates. */
    public record ProviderInformation(String urn, java.util.Set<String> placeCodes, String postcode,
            java.time.LocalDate registered, java.time.LocalDate closed) {
    }
}
