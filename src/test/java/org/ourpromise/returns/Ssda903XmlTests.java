package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ourpromise.demo.SyntheticCouncil;

/** The SSDA903 XML return against DfE's 2021 schema and the year schemas derived from it (DOMAIN.md §1.2, §1.6). */
class Ssda903XmlTests {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: a generated return written as XML conforms to the year''s schema")
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void aGeneratedReturnConformsToItsYearsSchema(int year) throws Exception {
        var ret = Ssda903Derivation.derive(SyntheticCouncil.generate(1500, 7L + year, year, 0), year, 0);
        var file = dir.resolve("return-" + year + ".xml");
        Ssda903Xml.write(ret, year, file);

        assertThat(Ssda903Xml.validate(file, year)).isEmpty();
        var text = Files.readString(file);
        assertThat(count(text, "<CHILD>")).isEqualTo(ret.rows(Ssda903Table.HEADER).size());
        assertThat(count(text, "<EPISODE>")).isEqualTo(ret.rows(Ssda903Table.EPISODES).size());
        assertThat(count(text, "<SW_EPISODE>")).isEqualTo(ret.rows(Ssda903Table.SW_EPISODES).size()).isPositive();
        assertThat(count(text, "<DOLO>")).isEqualTo(year >= 2027 ? ret.rows(Ssda903Table.DOLO).size() : 0);
    }

    @ParameterizedTest(name = "{0}: XML -> return gives back the derived return row for row")
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void aGeneratedReturnComesBackFromItsXml(int year) throws Exception {
        var ret = Ssda903Derivation.derive(SyntheticCouncil.generate(800, 11L * year, year, 0), year, 0);
        var file = dir.resolve("return.xml");
        Ssda903Xml.write(ret, year, file);

        var back = Ssda903Xml.read(file, year);
        for (var table : Ssda903Table.collectedInYear(year)) {
            assertThat(back.rows(table)).as(table.dfeName()).isEqualTo(ret.rows(table));
        }
        var again = dir.resolve("again.xml");
        Ssda903Xml.write(back, year, again);
        assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
    }

    @Property(tries = 60)
    void anyDerivedReturnRoundTripsThroughXml(@ForAll long seed, @ForAll @IntRange(min = 2024, max = 2027) int year)
            throws Exception {
        var ret = Ssda903Derivation.derive(RandomChildren.of(seed, 30, year), year, 0);
        var file = Files.createTempFile("ssda903-", ".xml");
        try {
            Ssda903Xml.write(ret, year, file);
            // Before 2024-25 there is no SEX code for U, so the derivation leaves it blank (DOMAIN.md §1.3):
            // the schema's one-character SEX refuses exactly those children, twice each (facet and element).
            long blankSex = ret.rows(Ssda903Table.HEADER).stream().filter(r -> r.isBlank("SEX")).count();
            assertThat(Ssda903Xml.validate(file, year)).hasSize((int) (2 * blankSex))
                    .allMatch(p -> p.contains("SEXHEADERCHILD") || p.contains("element 'SEX'"));
            var back = Ssda903Xml.read(file, year);
            for (var table : Ssda903Table.collectedInYear(year)) {
                assertThat(back.rows(table)).as(table.dfeName()).isEqualTo(ret.rows(table));
            }
        } finally {
            Files.delete(file);
        }
    }

    /**
     * One child written out by hand from the 2021 schema: the HEADER's elements in schema order (the UASC
     * flag and DUC, then AD1, then OC3 elements, then AMISSING, AREVIEW, MOTHER, PERMANENCE, OC2), then
     * EPISODE and SW_EPISODE; dates dd/mm/yyyy; blank optional elements left out (MC_DOB, DATE_MATCH, URN,
     * PL_POST, REASON_PLACE_CHANGE, MIS_END, SDQ_REASON, CONVICTED, HEALTH_CHECK), blank required ones
     * written empty (DEC, REC of the open episode).
     */
    @Test
    @DisplayName("DOMAIN.md §1.2: a hand-worked child in schema order, dates dd/mm/yyyy, blank optional elements omitted")
    void aHandWorkedChild() {
        var ret = ret(Map.of(
                Ssda903Table.HEADER, List.of(row(Ssda903Table.HEADER, "C1", "M", "29/02/2008", "WBRI", "A123456789012", "", "")),
                Ssda903Table.UASC, List.of(row(Ssda903Table.UASC, "C1", "M", "29/02/2008", "28/02/2026")),
                Ssda903Table.AD1, List.of(row(Ssda903Table.AD1, "C1", "29/02/2008", "01/04/2025", "", "0", "2", "MF", "L0")),
                Ssda903Table.MISSING, List.of(row(Ssda903Table.MISSING, "C1", "29/02/2008", "M", "31/03/2026", "")),
                Ssda903Table.REVIEWS, List.of(row(Ssda903Table.REVIEWS, "C1", "29/02/2008", "01/04/2025", "PN1")),
                Ssda903Table.OC2, List.of(row(Ssda903Table.OC2, "C1", "29/02/2008", "12", "", "", "", "1", "1", "0", "0", "", "")),
                Ssda903Table.EPISODES, List.of(
                        row(Ssda903Table.EPISODES, "C1", "01/04/2024", "S", "C2", "N1", "U1", "PR1", "31/03/2025", "X1", "",
                                "LE1 1AA", "", ""),
                        row(Ssda903Table.EPISODES, "C1", "31/03/2025", "P", "C2", "N1", "K3", "PR4", "", "", "", "LE1 1AA",
                                "NG1 1AA", "SC123456")),
                Ssda903Table.SW_EPISODES, List.of(row(Ssda903Table.SW_EPISODES, "C1", "29/02/2008", "SW00042", "01/04/2024",
                        "", ""))));

        var expected = """
                <?xml version="1.0" encoding="UTF-8"?>
                <EXPSSDA903>
                \t<CHILD>
                \t\t<HEADER>
                \t\t\t<CHILDID>C1</CHILDID>
                \t\t\t<UPN>A123456789012</UPN>
                \t\t\t<SEX>M</SEX>
                \t\t\t<DOB>29/02/2008</DOB>
                \t\t\t<ETHNIC>WBRI</ETHNIC>
                \t\t\t<UASC>1</UASC>
                \t\t\t<DUC>28/02/2026</DUC>
                \t\t\t<DATE_INT>01/04/2025</DATE_INT>
                \t\t\t<FOSTER_CARE>0</FOSTER_CARE>
                \t\t\t<NB_ADOPTR>2</NB_ADOPTR>
                \t\t\t<SEX_ADOPTR>MF</SEX_ADOPTR>
                \t\t\t<LS_ADOPTR>L0</LS_ADOPTR>
                \t\t\t<AMISSING>
                \t\t\t\t<MISSING>M</MISSING>
                \t\t\t\t<MIS_START>31/03/2026</MIS_START>
                \t\t\t</AMISSING>
                \t\t\t<AREVIEW>
                \t\t\t\t<REVIEW>01/04/2025</REVIEW>
                \t\t\t\t<REVIEW_CODE>PN1</REVIEW_CODE>
                \t\t\t</AREVIEW>
                \t\t\t<OC2>
                \t\t\t\t<SDQ_SCORE>12</SDQ_SCORE>
                \t\t\t\t<IMMUNISATIONS>1</IMMUNISATIONS>
                \t\t\t\t<TEETH_CHECK>1</TEETH_CHECK>
                \t\t\t\t<HEALTH_ASSESSMENT>0</HEALTH_ASSESSMENT>
                \t\t\t\t<SUBSTANCE_MISUSE>0</SUBSTANCE_MISUSE>
                \t\t\t</OC2>
                \t\t</HEADER>
                \t\t<EPISODE>
                \t\t\t<DECOM>01/04/2024</DECOM>
                \t\t\t<RNE>S</RNE>
                \t\t\t<LS>C2</LS>
                \t\t\t<CIN>N1</CIN>
                \t\t\t<PL>U1</PL>
                \t\t\t<HOME_POST>LE1 1AA</HOME_POST>
                \t\t\t<PLACE_PROVIDER>PR1</PLACE_PROVIDER>
                \t\t\t<DEC>31/03/2025</DEC>
                \t\t\t<REC>X1</REC>
                \t\t</EPISODE>
                \t\t<EPISODE>
                \t\t\t<DECOM>31/03/2025</DECOM>
                \t\t\t<RNE>P</RNE>
                \t\t\t<LS>C2</LS>
                \t\t\t<CIN>N1</CIN>
                \t\t\t<PL>K3</PL>
                \t\t\t<PL_POST>NG1 1AA</PL_POST>
                \t\t\t<HOME_POST>LE1 1AA</HOME_POST>
                \t\t\t<URN>SC123456</URN>
                \t\t\t<PLACE_PROVIDER>PR4</PLACE_PROVIDER>
                \t\t\t<DEC/>
                \t\t\t<REC/>
                \t\t</EPISODE>
                \t\t<SW_EPISODE>
                \t\t\t<SW_ID>SW00042</SW_ID>
                \t\t\t<SW_DECOM>01/04/2024</SW_DECOM>
                \t\t</SW_EPISODE>
                \t</CHILD>
                </EXPSSDA903>
                """;
        assertThat(xml(ret, 2026)).isEqualTo(expected);
    }

    @Test
    @DisplayName("DOMAIN.md §1.2 UASC: a child never UASC has an empty UASC flag and no DUC; tables of later years are not written")
    void aChildWhoWasNeverUasc() throws Exception {
        var ret = ret(Map.of(
                Ssda903Table.HEADER, List.of(row(Ssda903Table.HEADER, "C2", "2", "01/01/2010", "WBRI", "", "0", "")),
                Ssda903Table.DOLO, List.of(row(Ssda903Table.DOLO, "C2", "01/01/2010", "01/05/2025", ""))));

        var text = xml(ret, 2024);
        assertThat(text).contains("<UPN/>", "<UASC/>", "<MOTHER>0</MOTHER>")
                .doesNotContain("DUC", "MC_DOB", "DOLO", "EPISODE");
        var file = dir.resolve("c2.xml");
        Files.writeString(file, text);
        assertThat(Ssda903Xml.validate(file, 2024)).isEmpty();
        assertThat(Ssda903Xml.read(file, 2024).rows(Ssda903Table.UASC)).isEmpty();
        Files.writeString(file, text.replace("<UASC/>", "<UASC>0</UASC>"));
        assertThat(Ssda903Xml.validate(file, 2024)).isEmpty();
        assertThat(Ssda903Xml.read(file, 2024).rows(Ssda903Table.UASC)).as("0 is not UASC").isEmpty();
    }

    /** Values the schema refuses: the file is written (the schema judges, not the writer) and validate names the place. */
    @ParameterizedTest(name = "{0} {1} = ''{2}'' in {3}: schema problem")
    @CsvSource({
            "Header,   ETHNIC,      WBR,        2026",
            "Header,   DOB,         2010-01-05, 2026",
            "Header,   SEX,         MF,         2025",
            "Header,   CHILD,       C12345678901, 2026",
            "Episodes, DECOM,       1/4/2025,   2026",
            "Episodes, PLACE,       Z11,        2025",
            "Episodes, DEC,         31/3/2026,  2026",
            "Reviews,  REVIEW_CODE, PN,         2026",
            "Reviews,  REVIEW,      01/04/3025, 2026",
    })
    void anInvalidValueIsASchemaProblem(String table, String column, String value, int year) throws IOException {
        var t = Ssda903Table.fromDfeName(table).orElseThrow();
        var rows = new EnumMap<Ssda903Table, List<Ssda903Row>>(validChild());
        var list = new ArrayList<>(rows.get(t));
        list.set(0, list.get(0).withValue(column, value));
        rows.put(t, list);
        if (column.equals("CHILD")) {
            rows.keySet().forEach(k -> rows.put(k, rows.get(k).stream().map(r -> r.withValue("CHILD", value)).toList()));
        }
        var file = dir.resolve("bad.xml");
        Ssda903Xml.write(Ssda903Return.of(rows), year, file);

        var problems = Ssda903Xml.validate(file, year);
        assertThat(problems).isNotEmpty().allMatch(p -> p.matches("line \\d+, column \\d+: .*"));
        assertThat(String.join("\n", problems)).contains(value);
    }

    @Test
    @DisplayName("DOMAIN.md §1.6: Z11 (2025-26) fits the 2025-26 schema, not the 2024-25 one; the valid child fits both")
    void threeCharacterPlacementCodesFromTwentyTwentySix() throws IOException {
        var rows = new EnumMap<Ssda903Table, List<Ssda903Row>>(validChild());
        var file = dir.resolve("valid.xml");
        Ssda903Xml.write(Ssda903Return.of(rows), 2025, file);
        assertThat(Ssda903Xml.validate(file, 2025)).isEmpty();

        rows.put(Ssda903Table.EPISODES, List.of(rows.get(Ssda903Table.EPISODES).get(0).withValue("PLACE", "Z11")));
        Ssda903Xml.write(Ssda903Return.of(rows), 2026, file);
        assertThat(Ssda903Xml.validate(file, 2026)).isEmpty();
        assertThat(Ssda903Xml.validate(file, 2025)).isNotEmpty().anyMatch(p -> p.contains("'Z11'"));
    }

    @Test
    void elementsOutOfOrderAndNotWellFormedFilesAreProblems() throws IOException {
        var file = dir.resolve("order.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <EXPSSDA903><CHILD><HEADER><CHILDID>C1</CHILDID><SEX>1</SEX><UPN/><DOB>01/01/2010</DOB>\
                <ETHNIC>WBRI</ETHNIC><UASC/></HEADER></CHILD></EXPSSDA903>
                """);
        assertThat(Ssda903Xml.validate(file, 2024)).isNotEmpty().first().asString().startsWith("line 2, column ");

        Files.writeString(file, "<EXPSSDA903><CHILD></EXPSSDA903>");
        assertThat(Ssda903Xml.validate(file, 2024)).singleElement().asString().startsWith("line 1, column ");
        assertThatThrownBy(() -> Ssda903Xml.read(file, 2024)).isInstanceOf(Ssda903ReadException.class);
    }

    @Test
    void readingNamesElementsTheYearDoesNotHave() throws Exception {
        var file = dir.resolve("dolo.xml");
        Files.writeString(file, xml(Ssda903Return.of(validChild()), 2024)
                .replace("</CHILD>", "<DOLO><DOLO_START>01/05/2023</DOLO_START></DOLO></CHILD>"));
        assertThatThrownBy(() -> Ssda903Xml.read(file, 2024)).isInstanceOf(Ssda903ReadException.class)
                .satisfies(e -> assertThat(((Ssda903ReadException) e).problems()).singleElement().asString()
                        .contains("unexpected element <DOLO> in <CHILD>"));
        assertThat(Ssda903Xml.read(file, 2027).rows(Ssda903Table.DOLO)).singleElement()
                .isEqualTo(row(Ssda903Table.DOLO, "C1", "01/01/2010", "01/05/2023", ""));
    }

    @Test
    void rowsThatCannotTakeTheXmlsShapeAreRefused() {
        var orphan = ret(Map.of(
                Ssda903Table.HEADER, List.of(row(Ssda903Table.HEADER, "C1", "1", "01/01/2010", "WBRI", "", "", "")),
                Ssda903Table.EPISODES, List.of(row(Ssda903Table.EPISODES, "C9", "01/04/2023", "S", "C2", "N1", "U1", "PR1",
                        "", "", "", "", "", ""))));
        assertThatThrownBy(() -> xml(orphan, 2024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("child C9 has Episodes rows but no Header row");

        var twice = ret(Map.of(
                Ssda903Table.HEADER, List.of(row(Ssda903Table.HEADER, "C1", "1", "01/01/2010", "WBRI", "", "", "")),
                Ssda903Table.OC3, List.of(row(Ssda903Table.OC3, "C1", "01/01/2010", "YES", "F1", "B1"),
                        row(Ssda903Table.OC3, "C1", "01/01/2010", "YES", "F2", "B1"))));
        assertThatThrownBy(() -> xml(twice, 2024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("child C1 has 2 OC3 rows; the XML holds one");
    }

    @ParameterizedTest(name = "year ending 31 March {0}: {1}")
    @CsvSource({
            "2022, /returns/ssda903-2021.xsd",
            "2023, /returns/ssda903-2021.xsd",
            "2024, /returns/ssda903-2023-24.xsd",
            "2025, /returns/ssda903-2024-25.xsd",
            "2026, /returns/ssda903-2025-26.xsd",
            "2027, /returns/ssda903-2026-27.xsd",
    })
    void theSchemaOfEachYear(int year, String resource) {
        assertThat(Ssda903Xml.schemaResource(year)).isEqualTo(resource);
        assertThat(Ssda903Xml.class.getResource(resource)).isNotNull();
    }

    @Test
    void noSchemaAfterTwentyTwentySeven() {
        assertThatThrownBy(() -> Ssda903Xml.schemaResource(2028)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-28");
    }

    /** A child valid against every year's schema, in each table the tests spoil. */
    private static Map<Ssda903Table, List<Ssda903Row>> validChild() {
        return Map.of(
                Ssda903Table.HEADER, List.of(row(Ssda903Table.HEADER, "C1", "1", "01/01/2010", "WBRI", "UN1", "", "")),
                Ssda903Table.EPISODES, List.of(row(Ssda903Table.EPISODES, "C1", "01/04/2023", "S", "C2", "N1", "U1", "PR1",
                        "", "", "", "LE1 1AA", "LE2 2BB", "")),
                Ssda903Table.REVIEWS, List.of(row(Ssda903Table.REVIEWS, "C1", "01/01/2010", "01/06/2023", "PN1")));
    }

    private static Ssda903Row row(Ssda903Table table, String... values) {
        return Ssda903Row.of(table, values);
    }

    private static Ssda903Return ret(Map<Ssda903Table, List<Ssda903Row>> rows) {
        return Ssda903Return.of(rows);
    }

    private static String xml(Ssda903Return ret, int year) {
        var out = new ByteArrayOutputStream();
        Ssda903Xml.write(ret, year, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String element) {
        int n = 0;
        for (int i = text.indexOf(element); i >= 0; i = text.indexOf(element, i + 1)) {
            n++;
        }
        return n;
    }
}
