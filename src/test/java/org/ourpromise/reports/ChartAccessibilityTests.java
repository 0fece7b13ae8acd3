package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Every chart of the annual report and the board pack, as the browser and the PDF receive it: well-formed SVG with
 * a title and description (WCAG 1.1.1), and readable in black and white: each chart is one series, whose marks
 * carry a pattern or a marker and a value label, in colours that keep 3:1 against white in grey (WCAG 1.4.11).
 */
class ChartAccessibilityTests {

    static final String SVG = "http://www.w3.org/2000/svg";

    private static List<AnnualReport.Chart> charts;

    static synchronized Stream<Named<AnnualReport.Chart>> charts() {
        if (charts == null) {
            var ret = GeneratedReturns.of(300, 2026, 4);
            var report = AnnualReport.build(ret, 2026, ReportOptions.defaults());
            var pack = BoardPack.build(ret, BoardPeriod.quarter(2027, 1), ReportOptions.defaults());
            charts = Stream.of(report.sections().stream().map(AnnualReport.Section::chart),
                    report.trend().stream().map(AnnualReport.TrendLine::chart),
                    pack.indicators().stream().map(BoardPack.Indicator::trend)).flatMap(s -> s).toList();
        }
        return charts.stream().map(c -> Named.of(c.id(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    @DisplayName("well-formed SVG, role img, its title and description first")
    void titledSvg(AnnualReport.Chart chart) throws Exception {
        var svg = parse(chart.svg()).getDocumentElement();
        assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        var children = children(svg);
        assertThat(children.get(0).getLocalName()).isEqualTo("title");
        assertThat(children.get(0).getTextContent()).isEqualTo(chart.title()).isNotBlank();
        assertThat(children.get(1).getLocalName()).isEqualTo("desc");
        assertThat(children.get(1).getTextContent()).isEqualTo(chart.description());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    @DisplayName("black and white: every bar hatched and outlined, every point marked, every value a label")
    void notColourAlone(AnnualReport.Chart chart) throws Exception {
        var doc = parse(chart.svg());
        var labels = all(doc, "text").stream().map(Element::getTextContent).toList();
        if (chart.isLine()) {
            long withData = chart.bars().stream().filter(p -> p.value() != null).count();
            // the legend's sample marker is not a point of the line
            assertThat(all(doc, "circle").stream().filter(c -> !"legend-marker".equals(c.getAttribute("class"))).toList())
                    .hasSize((int) withData)
                    .allSatisfy(c -> assertThat(c.getAttribute("stroke")).isNotIn("", "none"));
        } else {
            for (var bar : all(doc, "rect")) {
                if (!"bar".equals(bar.getAttribute("class")) || Double.parseDouble(bar.getAttribute("width")) == 0) {
                    continue;
                }
                // the bar's box is in its chart's clip, through which the hatch lines are drawn
                String id = bar.getAttribute("data-hatch");
                var clip = all(doc, "clipPath").stream().filter(p -> p.getAttribute("id").equals(id)).findFirst();
                assertThat(clip).as("the hatch %s of a bar", id).isPresent();
                assertThat(all(clip.get(), "rect")).anyMatch(r -> r.getAttribute("y").equals(bar.getAttribute("y"))
                        && r.getAttribute("width").equals(bar.getAttribute("width")));
                assertThat(all(doc, "path")).anyMatch(h -> "hatch".equals(h.getAttribute("class"))
                        && h.getAttribute("clip-path").equals("url(#" + id + ")")
                        && h.getAttribute("stroke").matches("#[0-9a-f]{6}"));
                assertThat(bar.getAttribute("stroke")).isNotIn("", "none");
            }
        }
        for (var bar : chart.bars()) {
            assertThat(labels).contains(bar.label(), bar.shown());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    @DisplayName("every colour drawn keeps 3:1 contrast against the white page once printed in grey")
    void contrastInGrey(AnnualReport.Chart chart) throws Exception {
        var doc = parse(chart.svg());
        var colours = new ArrayList<String>();
        for (var e : all(doc, "*")) {
            for (var attribute : List.of("fill", "stroke")) {
                String c = e.getAttribute(attribute);
                if (c.startsWith("#") && !c.equalsIgnoreCase("#ffffff")) {
                    colours.add(c);
                }
            }
        }
        assertThat(colours).isNotEmpty().allSatisfy(c -> assertThat(contrastWithWhite(c)).as(c).isGreaterThanOrEqualTo(3.0));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("contrast with white, worked by hand from WCAG 2.2's relative luminance")
    @CsvSource({
            // black: (1.05) / (0.05)
            "#000000, 21.0",
            // #777777: each channel 0.4666..., linearised ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845 -> 1.05 / 0.2345
            "#777777, 4.48",
            // #1d3557: 0.0123, 0.0356, 0.0953 -> 0.2126*0.0123 + 0.7152*0.0356 + 0.0722*0.0953 = 0.0350 -> 1.05 / 0.0850
            "#1d3557, 12.36",
    })
    void contrastFormula(String colour, double expected) {
        assertThat(contrastWithWhite(colour)).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.01));
    }

    static double contrastWithWhite(String hex) {
        double l = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            l += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (l + 0.05);
    }

    static Document parse(String svg) throws ParserConfigurationException, SAXException, IOException {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> children(Element e) {
        var list = new ArrayList<Element>();
        for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                list.add(child);
            }
        }
        return list;
    }

    private static List<Element> all(Document doc, String name) {
        return all(doc.getDocumentElement(), name);
    }

    private static List<Element> all(Element root, String name) {
        var nodes = root.getElementsByTagNameNS(SVG, name);
        var list = new ArrayList<Element>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
