package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourpromise.returns.PostcodeDirectory.GridReference;
import org.ourpromise.returns.PostcodeDirectory.Location;

/** The postcode directory behind PL_DISTANCE, PL_LA and PL_LOCATION (DOMAIN.md §1.5), read from CSV. */
class PostcodeDirectoryTests {

    @Test
    void readsTheDocumentedColumnsInAnyOrderAndCase(@TempDir Path dir) throws Exception {
        var file = dir.resolve("postcodes.csv");
        Files.writeString(file, """
                la_code,Northing,POSTCODE,easting
                855,304000,LE1 1AA,458000
                W06000015,176000,cf10 1aa,318000
                855,,LE1 9ZZ,
                """);
        var directory = PostcodeDirectory.read(file);
        assertThat(directory.size()).isEqualTo(3);
        assertThat(directory.locate("le11aa")).contains(new Location(new GridReference(458000, 304000), "855"));
        assertThat(directory.locate("CF10 1AA").map(Location::placementLa)).contains("WAL");
        assertThat(directory.locate("LE1 9ZZ").map(Location::grid)).isEmpty();
        assertThat(directory.locate("ZZ9 9ZZ")).isEmpty();
        assertThat(directory.locate("")).isEmpty();
    }

    @Test
    void acceptsTheOnsColumnNames() throws Exception {
        var directory = PostcodeDirectory.read(new StringReader("""
                pcd,oseast1m,osnrth1m,utla,lsoa11
                LE1 1AA,458000,304000,855,E01013456
                """), "onspd.csv");
        assertThat(directory.locate("LE1 1AA")).contains(new Location(new GridReference(458000, 304000), "855"));
    }

    @ParameterizedTest(name = "§1.5: LA {0} is PL_LA {1}, outside England {2}")
    @CsvSource({"855, 855, false", "E10000018, E10000018, false", "W06000015, WAL, true", "S12000017, SCO, true",
            "N09000003, NIR, true", "WAL, WAL, true", "L99999999, L99999999, true", "'', '', false"})
    void placementLaNamesTheCountriesOutsideEngland(String la, String placementLa, boolean outside) {
        var location = new Location(null, la);
        assertThat(location.placementLa()).isEqualTo(placementLa);
        assertThat(location.outsideEngland()).isEqualTo(outside);
    }

    @Test
    void reportsEveryProblemWithItsRow() {
        var csv = """
                POSTCODE,EASTING,NORTHING
                LE1 1AA,458000,north
                ,1,2
                LE1 1AA,1,2
                """;
        assertThatThrownBy(() -> PostcodeDirectory.read(new StringReader(csv), "pc.csv"))
                .isInstanceOfSatisfying(Ssda903ReadException.class, e -> assertThat(e.problems()).containsExactly(
                        "pc.csv: row 1: EASTING '458000' and NORTHING 'north' must both be whole numbers of metres",
                        "pc.csv: row 2: POSTCODE is blank",
                        "pc.csv: row 3: postcode LE1 1AA is listed twice"));
    }

    @Test
    void refusesAFileWithoutAPostcodeColumnOrEmpty() {
        assertThatThrownBy(() -> PostcodeDirectory.read(new StringReader("EASTING,NORTHING\n1,2\n"), "pc.csv"))
                .isInstanceOfSatisfying(Ssda903ReadException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith("pc.csv: header has no POSTCODE column"));
        assertThatThrownBy(() -> PostcodeDirectory.read(new StringReader(""), "pc.csv"))
                .isInstanceOfSatisfying(Ssda903ReadException.class, e -> assertThat(e.problems()).containsExactly(
                        "pc.csv: the postcode directory is empty (expected a header row with POSTCODE)"));
    }

    @Test
    void aMissingFileIsOneProblem(@TempDir Path dir) {
        assertThatThrownBy(() -> PostcodeDirectory.read(dir.resolve("none.csv")))
                .isInstanceOfSatisfying(Ssda903ReadException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith(dir.resolve("none.csv") + ": cannot read postcode directory"));
    }
}
