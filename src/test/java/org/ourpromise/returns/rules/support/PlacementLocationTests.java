package org.ourpromise.returns.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.returns.PostcodeDirectory;
import org.ourpromise.returns.PostcodeDirectory.GridReference;
import org.ourpromise.returns.PostcodeDirectory.Location;
import org.ourpromise.returns.ReferenceData;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.returns.rules.RuleContext;

/** PL_DISTANCE and PL_LA as DOMAIN.md §1.5 derives them, and the postcode shape the rules accept. */
class PlacementLocationTests {

    private static final PostcodeDirectory DIRECTORY = PostcodeDirectory.of(Map.of(
            "HO1 1AA", new Location(new GridReference(400_000, 300_000), "855"),
            "PL1 1AA", new Location(new GridReference(430_000, 340_000), "856"),
            "PL2 2AA", new Location(new GridReference(560_930, 300_000), "856"),
            "PL3 3AA", new Location(null, "856"),
            "CF1 1AA", new Location(new GridReference(318_000, 176_000), "W06000015")));

    private static RuleContext context() {
        return new RuleContext(Ssda903Return.empty(), Optional.empty(), 2026,
                ReferenceData.none().withPostcodes(DIRECTORY));
    }

    private static Ssda903Row episode(String home, String placement) {
        return SupportTestRows.episodes("01/06/2025").get(0).withValue("HOME_POST", home).withValue("PL_POST", placement);
    }

    @ParameterizedTest(name = "§1.5: {0} to {1} is {2} miles")
    @CsvSource({
        // 30 km east, 40 km north: 50,000 m / 1609.3 = 31.07
        "HO1 1AA, PL1 1AA, 31.1",
        // 160,930 m is exactly 100 miles
        "HO1 1AA, PL2 2AA, 100.0",
        "ho11aa, pl1 1aa, 31.1",
        "HO1 1AA, HO1 1AA, 0.0",
        // unknown placement, no grid reference, blank, home outside England: 999.9
        "HO1 1AA, ZZ9 9ZZ, 999.9",
        "HO1 1AA, PL3 3AA, 999.9",
        "'', PL1 1AA, 999.9",
        "CF1 1AA, PL1 1AA, 999.9"})
    void distanceInMilesToOneDecimalPlace(String home, String placement, double miles) {
        assertThat(PlacementLocation.distance(context(), episode(home, placement))).isEqualTo(miles);
    }

    @ParameterizedTest(name = "§1.5: PL_LA of {0} is ''{1}''")
    @CsvSource({"PL1 1AA, 856", "CF1 1AA, WAL", "ZZ9 9ZZ, ''"})
    void placementLa(String placement, String la) {
        assertThat(PlacementLocation.placementLa(context(), episode("HO1 1AA", placement))).isEqualTo(la);
    }

    @ParameterizedTest(name = "postcode ''{0}'' well formed: {1}")
    @CsvSource({"LE1 1AA, true", "le11aa, true", "SW1A 2AA, true", "GIR 0AA, true", "EC1A1BB, true", "LE1, false",
            "1LE 1AA, false", "LE1 1A, false", "'', false"})
    void postcodeShape(String postcode, boolean wellFormed) {
        assertThat(Postcodes.isWellFormed(postcode)).isEqualTo(wellFormed);
    }
}
