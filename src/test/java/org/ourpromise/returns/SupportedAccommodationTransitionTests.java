package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;

/**
 * DOMAIN.md §1.4.6: 2025-26 removed H5 and P2 and added K3. A placement still open on 1 April 2025
 * continues (no new episode) and is written K3 from the 2025-26 return on (DfE rule 503D's exception).
 */
class SupportedAccommodationTransitionTests {

    @ParameterizedTest(name = "{0} from 01/06/2024 ending {1}: 2024-25 return {2}, 2025-26 return {3}")
    @CsvSource({
        "H5, ''        , H5, K3",
        "P2, ''        , P2, K3",
        "H5, 2025-04-01, H5, K3",
        "H5, 2025-03-31, H5, ",
        "H5, 2025-03-30, H5, ",
        "U4, ''        , U4, U4"})
    void aPlacementOpenAtTheChangeIsWrittenAsK3FromTwentyFive26(String place, String ends, String in2025,
            String in2026) {
        var ceased = ends == null || ends.isBlank() ? null : LocalDate.parse(ends);
        var episode = new CareEpisode(LocalDate.of(2024, 6, 1), "S", "V2", "N4", place, "PR4", ceased,
                ceased == null ? null : "E8", null, "LE1 1AA", "LE2 2BB", null);
        var child = ChildRecords.child("C1", "", "", LocalDate.of(2008, 1, 1), "M").episode(episode).build();
        assertThat(place(child, 2025)).isEqualTo(in2025);
        assertThat(place(child, 2026)).isEqualTo(in2026);
    }

    private static String place(ChildRecord child, int year) {
        var rows = Ssda903Derivation.derive(List.of(child), year, 0).rows(Ssda903Table.EPISODES);
        return rows.isEmpty() ? null : rows.get(0).get("PLACE");
    }
}
