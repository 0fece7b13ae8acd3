package org.ourpromise.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourpromise.returns.TestChild.date;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.CareLeaverContact;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Annex A workbook read back with the JDK alone: an xlsx is a zip of XML parts (the workbook's
 * sheet names, one part per sheet, the shared strings, the styles with their number formats).
 */
class AnnexAWorkbookTests {

    @Test
    @DisplayName("DOMAIN.md §4: one sheet per list, a header row in Ofsted's column order, dates as real Excel dates")
    void theWorkbookReadBack() throws Exception {
        var inCare = AnnexATests.record("C7", "2008-02-29", "F", "WBRI", false, null,
                List.of(AnnexATests.episode("2025-08-01", null, "S", "C2", "U4", null)), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        var leaver = AnnexATests.record("L1", "2004-06-01", "M", "WBRI", false, null,
                List.of(AnnexATests.episode("2019-01-01", "2022-06-01", "S", "C2", "U4", "E8")), List.of(), List.of(),
                List.of(), List.of(), List.of(),
                List.of(new CareLeaverContact(date("2026-02-01"), "YES", "F2", "D1", true, false, null)), List.of());
        var asAt = date("2026-03-31");
        var out = new ByteArrayOutputStream();
        AnnexA.writeXlsx(AnnexA.childrenInCare(List.of(inCare, leaver), asAt), AnnexA.careLeavers(List.of(inCare, leaver), asAt), out);

        var book = Xlsx.read(out.toByteArray());

        assertThat(book.sheetNames()).containsExactly("List 8", "List 9");
        var list8 = book.sheet(1);
        assertThat(list8.get(0)).containsExactlyElementsOf(AnnexAList.CHILDREN_IN_CARE.columns());
        assertThat(list8).hasSize(2);
        var child = list8.get(1);
        assertThat(child.get(0)).isEqualTo("C7");
        assertThat(child.get(1)).isEqualTo("b) Female");
        // 29 February 2008 is Excel day 39507 (1 January 2008 is 39448, plus 31 + 28), shown dd/mm/yyyy.
        assertThat(child.get(3)).isEqualTo("39507 [dd/mm/yyyy]");
        assertThat(child.get(4)).isEqualTo("18 [General]");
        // 1 August 2025: 1 January 2025 is 45658 (1 January 2024, 45292, plus 366), plus 212.
        assertThat(child.get(7)).isEqualTo("45870 [dd/mm/yyyy]");
        assertThat(child.get(14)).as("permanence plan, not held").isEqualTo("");

        var list9 = book.sheet(2);
        assertThat(list9.get(0)).containsExactlyElementsOf(AnnexAList.CARE_LEAVERS.columns());
        // C7 turned 18 on 1 March 2026 (born 29 February) while looked after, having been an eligible child
        // (over 13 weeks in care after 14, §3.3): former relevant, on List 9 as well as List 8.
        assertThat(list9).hasSize(3);
        assertThat(list9.get(1).get(0)).isEqualTo("C7");
        assertThat(list9.get(1).get(10)).isEqualTo("b) Former relevant");
        assertThat(list9.get(2).get(0)).isEqualTo("L1");
        assertThat(list9.get(2).get(10)).isEqualTo("b) Former relevant");
        // 1 February 2026: 1 January 2026 is 46023 (45658 plus 365), plus 31.
        assertThat(list9.get(2).get(13)).as("latest date of contact").isEqualTo("46054 [dd/mm/yyyy]");
    }

    @Test
    void emptyListsStillHaveTheirHeaderRows() throws Exception {
        var out = new ByteArrayOutputStream();
        AnnexA.writeXlsx(List.of(), List.of(), out);
        var book = Xlsx.read(out.toByteArray());
        assertThat(book.sheet(1)).singleElement().isEqualTo(AnnexAList.CHILDREN_IN_CARE.columns());
        assertThat(book.sheet(2)).singleElement().isEqualTo(AnnexAList.CARE_LEAVERS.columns());
    }

    /**
     * A reader just big enough for the test: cells as text; a number shows its number format in brackets
     * ("39507 [dd/mm/yyyy]"), so a date written as text or a number without its format shows up.
     */
    record Xlsx(List<String> sheetNames, Map<String, Document> parts) {

        static Xlsx read(byte[] bytes) throws Exception {
            var parts = new HashMap<String, Document>();
            var factory = DocumentBuilderFactory.newInstance();
            // ZipFile reads the central directory; the local headers of a streamed zip carry no sizes.
            var file = Files.createTempFile("annex-a-", ".xlsx");
            try (var zip = new ZipFile(Files.write(file, bytes).toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().endsWith(".xml")) {
                        try (var in = zip.getInputStream(e)) {
                            parts.put(e.getName(), factory.newDocumentBuilder().parse(in));
                        }
                    }
                }
            } finally {
                Files.delete(file);
            }
            var names = new ArrayList<String>();
            var sheets = parts.get("xl/workbook.xml").getElementsByTagName("sheet");
            for (int i = 0; i < sheets.getLength(); i++) {
                names.add(((Element) sheets.item(i)).getAttribute("name"));
            }
            return new Xlsx(names, parts);
        }

        List<List<String>> sheet(int number) throws IOException {
            var doc = parts.get("xl/worksheets/sheet" + number + ".xml");
            var rows = new ArrayList<List<String>>();
            var rowNodes = doc.getElementsByTagName("row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                var cells = new ArrayList<String>();
                var cellNodes = ((Element) rowNodes.item(r)).getElementsByTagName("c");
                for (int c = 0; c < cellNodes.getLength(); c++) {
                    var cell = (Element) cellNodes.item(c);
                    int column = column(cell.getAttribute("r"));
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(text(cell));
                }
                rows.add(cells);
            }
            return rows;
        }

        private String text(Element cell) {
            String type = cell.getAttribute("t");
            var v = cell.getElementsByTagName("v");
            if (type.equals("inlineStr")) {
                return cell.getElementsByTagName("t").item(0).getTextContent();
            }
            if (v.getLength() == 0) {
                return "";
            }
            String value = v.item(0).getTextContent();
            if (type.equals("s")) {
                return parts.get("xl/sharedStrings.xml").getElementsByTagName("si").item(Integer.parseInt(value)).getTextContent();
            }
            return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString() + " [" + numberFormat(cell.getAttribute("s")) + "]";
        }

        /** The format code of the cell's style: styles.xml cellXfs[s].numFmtId, looked up in numFmts (0 is General). */
        private String numberFormat(String style) {
            if (style.isEmpty()) {
                return "General";
            }
            var styles = parts.get("xl/styles.xml");
            var xfs = (Element) styles.getElementsByTagName("cellXfs").item(0);
            var xf = (Element) xfs.getElementsByTagName("xf").item(Integer.parseInt(style));
            String id = xf.getAttribute("numFmtId");
            if (id.isEmpty() || id.equals("0")) {
                return "General";
            }
            var formats = styles.getElementsByTagName("numFmt");
            for (int i = 0; i < formats.getLength(); i++) {
                var f = (Element) formats.item(i);
                if (f.getAttribute("numFmtId").equals(id)) {
                    return f.getAttribute("formatCode");
                }
            }
            return "built-in " + id;
        }

        /** "C12" is column 2 (A is 0). */
        private static int column(String ref) {
            int n = 0;
            for (char ch : ref.toCharArray()) {
                if (Character.isLetter(ch)) {
                    n = n * 26 + (ch - 'A' + 1);
                }
            }
            return n - 1;
        }
    }
}
