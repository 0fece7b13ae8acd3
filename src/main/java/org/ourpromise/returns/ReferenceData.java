package org.ourpromise.returns;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reference data some rules need and a council may not hold. Absent data makes those rules
 * skipped, never passed.
 *
 * @param providers      Ofsted provider information keyed by URN (the "Provider Info" table), if supplied
 * @param localAuthority the council's own LA code (e.g. "855"), which DfE rules 229, 1015 and the derived
 *                       placement location (PL_LOCATION, DOMAIN.md §1.5) compare with; if not supplied those
 *                       comparisons are not made
 * @param postcodes      an ONS-style postcode directory, from which DfE derives PL_DISTANCE and PL_LA
 *                       (DOMAIN.md §1.5); if not supplied the rules on those fields are skipped
 */
public record ReferenceData(Optional<Map<String, ProviderInformation>> providers, Optional<String> localAuthority,
        Optional<PostcodeDirectory> postcodes) {

    public ReferenceData {
        providers = providers.map(Map::copyOf);
        localAuthority = localAuthority.map(String::strip).filter(la -> !la.isEmpty());
    }

    /** Provider information and the council's LA code, without a postcode directory. */
    public ReferenceData(Optional<Map<String, ProviderInformation>> providers, Optional<String> localAuthority) {
        this(providers, localAuthority, Optional.empty());
    }

    /** Provider information without the council's LA code. */
    public ReferenceData(Optional<Map<String, ProviderInformation>> providers) {
        this(providers, Optional.empty());
    }

    public static ReferenceData none() {
        return new ReferenceData(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The Ofsted provider list (see {@link OfstedProviderList}) and, where known, the council's LA code. */
    public static ReferenceData withProviders(Map<String, ProviderInformation> providers, String localAuthority) {
        return new ReferenceData(Optional.of(providers), Optional.ofNullable(localAuthority));
    }

    /** The same reference data with a postcode directory (see {@link PostcodeDirectory}). */
    public ReferenceData withPostcodes(PostcodeDirectory directory) {
        return new ReferenceData(providers, localAuthority, Optional.of(directory));
    }

    /** The same reference data with the council's LA code. */
    public ReferenceData withLocalAuthority(String code) {
        return new ReferenceData(providers, Optional.ofNullable(code), postcodes);
    }

    /** The provider registered under a URN, if the list was supplied and holds it. */
    public Optional<ProviderInformation> provider(String urn) {
        return providers.map(p -> p.get(urn));
    }

    /**
     * One Ofsted-registered setting.
     *
     * @param urn           Ofsted unique reference number
     * @param placeCodes    the placement types (PLACE) the setting may offer
     * @param providerCodes the placement provider codes (PLACE_PROVIDER, PR0..PR5) that fit the setting's owner
     * @param postcode      the setting's postcode, as registered
     * @param laCode        the LA the setting lies in (DfE infers it from the postcode); blank when unknown
     * @param registered    date of registration, null when unknown
     * @param closed        date the registration ended, null while open
     */
    public record ProviderInformation(String urn, Set<String> placeCodes, Set<String> providerCodes, String postcode,
            String laCode, LocalDate registered, LocalDate closed) {

        public ProviderInformation {
            placeCodes = Set.copyOf(placeCodes);
            providerCodes = Set.copyOf(providerCodes);
            postcode = postcode == null ? "" : postcode;
            laCode = laCode == null ? "" : laCode;
        }

        /** The original shape: no provider codes and no LA code. */
        public ProviderInformation(String urn, Set<String> placeCodes, String postcode, LocalDate registered,
                LocalDate closed) {
            this(urn, placeCodes, Set.of(), postcode, "", registered, closed);
        }
    }
}
