package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ofsted provider list ("Provider Info" of DfE rules 1008, 219, 221, 224, 227–229) read from CSV. */
class OfstedProviderListTests {

    @Test
    void readsEveryDocumentedColumnInAnyOrderAndCase(@TempDir Path dir) throws Exception {
        var file = dir.resolve("providers.csv");
        Files.writeString(file, """
                close_date,urn,Place_Codes,PROVIDER_CODES,POSTCODE,LA_CODE,REG_DATE
                ,SC123456,K1;K2,"PR1,PR2",LE1 1AA,855,01/01/2010
                30/06/2025,1234567,u4 u5,PR4,LE2 2BB,856,
                """);
        var providers = OfstedProviderList.read(file);
        assertThat(providers).containsOnlyKeys("SC123456", "1234567");
        var home = providers.get("SC123456");
        assertThat(home.placeCodes()).containsExactlyInAnyOrder("K1", "K2");
        assertThat(home.providerCodes()).containsExactlyInAnyOrder("PR1", "PR2");
        assertThat(home.postcode()).isEqualTo("LE1 1AA");
        assertThat(home.laCode()).isEqualTo("855");
        assertThat(home.registered()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(home.closed()).isNull();
        var agency = providers.get("1234567");
        assertThat(agency.placeCodes()).containsExactlyInAnyOrder("U4", "U5");
        assertThat(agency.registered()).isNull();
        assertThat(agency.closed()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void onlyUrnIsRequired() throws Exception {
        var providers = OfstedProviderList.read(new StringReader("URN\nSC000001\n"), "list");
        var p = providers.get("SC000001");
        assertThat(p.placeCodes()).isEmpty();
        assertThat(p.postcode()).isEmpty();
        assertThat(p.laCode()).isEmpty();
    }

    @Test
    void reportsEveryProblemWithItsRow() {
        var csv = """
                URN,REG_DATE,CLOSE_DATE
                SC000001,31/02/2020,
                ,01/01/2020,
                SC000001,,
                """;
        assertThatThrownBy(() -> OfstedProviderList.read(new StringReader(csv), "list.csv"))
                .isInstanceOfSatisfying(Ssda903ReadException.class, e -> assertThat(e.problems()).containsExactly(
                        "list.csv: row 1: REG_DATE '31/02/2020' is not a dd/mm/yyyy date",
                        "list.csv: row 2: URN is blank",
                        "list.csv: row 3: URN SC000001 is listed twice"));
    }

    @Test
    void refusesAFileWithoutUrnColumnOrRows() {
        assertThatThrownBy(() -> OfstedProviderList.read(new StringReader("ID,POSTCODE\n1,LE1 1AA\n"), "x.csv"))
                .isInstanceOfSatisfying(Ssda903ReadException.class,
                        e -> assertThat(e.problems()).singleElement().asString().contains("no URN column"));
        assertThatThrownBy(() -> OfstedProviderList.read(new StringReader(""), "empty.csv"))
                .isInstanceOfSatisfying(Ssda903ReadException.class,
                        e -> assertThat(e.problems()).singleElement().asString().contains("empty"));
    }

    @Test
    void referenceDataKeepsTheOriginalShapes() {
        var old = new ReferenceData.ProviderInformation("SC1", java.util.Set.of("K2"), "LE1 1AA", null, null);
        assertThat(old.providerCodes()).isEmpty();
        assertThat(old.laCode()).isEmpty();
        var reference = new ReferenceData(Optional.of(java.util.Map.of("SC1", old)));
        assertThat(reference.localAuthority()).isEmpty();
        assertThat(reference.provider("SC1")).contains(old);
        assertThat(reference.provider("SC2")).isEmpty();
        assertThat(ReferenceData.none().provider("SC1")).isEmpty();
        assertThat(ReferenceData.withProviders(java.util.Map.of(), " 855 ").localAuthority()).contains("855");
    }
}
