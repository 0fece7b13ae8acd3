package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Element;

/**
 * Whatever the labels and values, a chart is well-formed XML (the PDF parses the page as XML: one bad chart would
 * stop the whole report) whose title, description and every label read back exactly as given.
 */
class SvgChartPropertiesTests {

    @Provide
    Arbitrary<String> text() {
        // any character XML 1.0 allows (no C0 controls, no lone surrogates), markup characters included
        return Arbitraries.strings().withCharRange(' ', '\uD7FF').withChars("<>&\"'").ofMaxLength(40);
    }

    @Provide
    Arbitrary<List<ChartBar>> bars() {
        var value = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(1)
                .injectNull(0.2);
        return Combinators.combine(text(), value).as(ChartBar::of).list().ofMaxSize(12);
    }

    @Property(tries = 200)
    void barChartIsWellFormedAndSaysWhatItWasGiven(@ForAll("text") String title, @ForAll("text") String description,
            @ForAll("bars") List<ChartBar> bars) throws Exception {
        readsBack(SvgChart.bar(title, description, bars), title, description, bars);
    }

    @Property(tries = 200)
    void lineChartIsWellFormedAndSaysWhatItWasGiven(@ForAll("text") String title, @ForAll("text") String description,
            @ForAll("bars") List<ChartBar> points) throws Exception {
        readsBack(SvgChart.line(title, description, points), title, description, points);
    }

    private static void readsBack(String svg, String title, String description, List<ChartBar> bars)
            throws Exception {
        var root = ChartAccessibilityTests.parse(svg).getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(text(root, "title")).containsExactly(title);
        assertThat(text(root, "desc")).containsExactly(description);
        var labels = text(root, "text");
        for (var bar : bars) {
            assertThat(labels).contains(bar.label(), bar.shown());
        }
        assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
    }

    private static List<String> text(Element root, String name) {
        var nodes = root.getElementsByTagNameNS(ChartAccessibilityTests.SVG, name);
        var list = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add(nodes.item(i).getTextContent());
        }
        return list;
    }
}
