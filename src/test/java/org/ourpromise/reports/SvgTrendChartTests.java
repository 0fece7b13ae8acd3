package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgTrendChartTests {

    private static final List<ChartBar> POINTS = List.of(ChartBar.of("2023-24", 60), ChartBar.of("2024-25", 70),
            ChartBar.of("2025-26", 90));

    private static ChartSeries series(String name, ChartSeries.Kind kind, String... values) {
        return new ChartSeries(name, kind, Arrays.stream(values).map(v -> v.isEmpty() ? null : new BigDecimal(v)).toList());
    }

    private static final List<ChartSeries> REFS = List.of(series("Target", ChartSeries.Kind.TARGET, "75", "75", "80"),
            series("England", ChartSeries.Kind.COMPARATOR, "68", "", "71"),
            series("East Midlands", ChartSeries.Kind.COMPARATOR, "66", "67", "69"),
            series("Statistical neighbours", ChartSeries.Kind.COMPARATOR, "", "", "72"));

    @Test
    @DisplayName("both axes labelled; the vertical scale ticks in nice steps from zero above the largest figure")
    void labelledAxes() throws Exception {
        String svg = SvgTrendChart.draw("Placement stability", "d", "Per cent", POINTS, REFS);
        var root = parse(svg);
        assertThat(texts(root, "axis-label")).containsExactly("Per cent", "Collection year or period");
        // largest figure 90: steps of 25 (a quarter of 90, rounded up to a nice step) up to 100
        assertThat(texts(root, "tick-label")).containsExactly("0", "25", "50", "75", "100");
        assertThat(svg).contains("transform=\"rotate(-90 16 112.0)\">Per cent</text>");
        // 100 is the top of the plot (y = 24); 50 halfway to the foot at y = 200
        assertThat(svg).contains("<text class=\"tick-label\" x=\"70.0\" y=\"28.0\" text-anchor=\"end\">100</text>",
                "<text class=\"tick-label\" x=\"70.0\" y=\"116.0\" text-anchor=\"end\">50</text>");
    }

    @Test
    @DisplayName("the target line and each comparator line drawn, the scale taking in a comparator above the council")
    void targetAndComparators() {
        var high = List.of(series("England", ChartSeries.Kind.COMPARATOR, "100", "200", "400"));
        String svg = SvgTrendChart.draw("t", "d", "Number", POINTS, high);
        // the council's 90 is no longer the top: England's 400 is (steps of 100)
        assertThat(svg).contains(">400</text>").doesNotContain(">500</text>");
        String all = SvgTrendChart.draw("t", "d", "Per cent", POINTS, REFS);
        assertThat(all).contains("<path class=\"target\" data-series=\"Target\"", "data-series=\"England\"",
                "data-series=\"East Midlands\"", "data-series=\"Statistical neighbours\"");
        // England has no 2024-25 figure: two separate pieces, never a line drawn through the missing year
        var england = Pattern.compile("data-series=\"England\" d=\"([^\"]*)\"").matcher(all);
        assertThat(england.find()).isTrue();
        assertThat(england.group(1)).startsWith("M ").doesNotContain("L").contains(" M ");
        assertThat(all).contains(">Target</text>", ">England</text>", ">East Midlands</text>",
                ">Statistical neighbours</text>", ">This council</text>");
    }

    @Test
    @DisplayName("readable in greyscale: every line has its own dash pattern or marker shape, not colour alone")
    void greyscale() throws Exception {
        String svg = SvgTrendChart.draw("t", "d", "Per cent", POINTS, REFS);
        var root = parse(svg);
        var styles = new ArrayList<String>();
        var paths = root.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            var p = (Element) paths.item(i);
            if (p.hasAttribute("data-series") || p.getAttribute("class").equals("line")) {
                styles.add(p.getAttribute("stroke-dasharray"));
            }
        }
        assertThat(styles).hasSize(5);
        assertThat(new HashSet<>(styles)).hasSize(5);
        // the council's line is solid; the reference lines all dashed, each differently
        assertThat(svg).containsPattern("<path class=\"line\" d=\"[^\"]*\" fill=\"none\" stroke=\"#1d3557\" stroke-width=\"2.5\"/>");
        assertThat(svg).contains("stroke-dasharray=\"9 5\"", "stroke-dasharray=\"2 4\"", "stroke-dasharray=\"10 4 2 4\"",
                "stroke-dasharray=\"6 3\"");
        // markers: circles for the council, squares, triangles and diamonds for the comparators
        assertThat(svg.split("class=\"reference-point\"", -1).length - 1).isEqualTo(2 + 3 + 1);
        assertThat(svg).contains("<rect class=\"reference-point\"");
    }

    @Test
    @DisplayName("well-formed, titled and described; no NaN when there is nothing or only zero to chart")
    void edges() throws Exception {
        for (var svg : List.of(SvgTrendChart.draw("t", "d", "Number", List.of(), List.of()),
                SvgTrendChart.draw("t", "d", "Number", List.of(ChartBar.of("2025-26", 0)), List.of()),
                SvgTrendChart.draw("t", "d", "Number", List.of(ChartBar.of("2025-26", (BigDecimal) null)),
                        List.of(series("Target", ChartSeries.Kind.TARGET, "5"))))) {
            assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
            var root = parse(svg);
            assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("t");
            assertThat(root.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("d");
        }
    }

    @Test
    @DisplayName("the chart keeps its text alternative and data table: every reference line's figures in both")
    void textAlternativeAndTable() {
        var chart = AnnualReport.Chart.trend("c", "Stability", "Line chart of stability: 2023-24 60; 2024-25 70; 2025-26 90.",
                "Per cent", POINTS, REFS);
        assertThat(chart.description()).contains("Target: 2023-24 75; 2024-25 75; 2025-26 80.",
                "England: 2023-24 68; 2024-25 no data; 2025-26 71.");
        assertThat(chart.svg()).contains("<desc>" + chart.description() + "</desc>");
        String html = ReportRenderer.html("reports/chart-test", java.util.Map.of("chart", chart), ReportRenderer.Medium.BROWSER);
        assertThat(html).contains("<th scope=\"row\">This council</th>", "<th scope=\"row\">England</th>",
                "<th scope=\"row\">Target</th>", "<td class=\"num\">no data</td>");
    }

    @Test
    @DisplayName("nice steps: 1, 2, 2.5 and 5 times a power of ten")
    void niceSteps() {
        assertThat(SvgTrendChart.niceStep(90)).isEqualTo(25);
        assertThat(SvgTrendChart.niceStep(420.3)).isEqualTo(200);
        assertThat(SvgTrendChart.niceStep(7)).isEqualTo(2);
        assertThat(SvgTrendChart.niceStep(0.8)).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SvgTrendChart.niceStep(0)).isZero();
    }

    private static Element parse(String svg) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static List<String> texts(Element root, String cls) {
        var out = new ArrayList<String>();
        var all = root.getElementsByTagName("text");
        for (int i = 0; i < all.getLength(); i++) {
            var e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cls)) {
                out.add(e.getTextContent());
            }
        }
        return out;
    }
}
