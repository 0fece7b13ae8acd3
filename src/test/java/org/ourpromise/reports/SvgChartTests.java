package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SvgChartTests {

    private static List<Double> barWidths(String svg) {
        var m = Pattern.compile("<rect class=\"bar\"[^>]* width=\"([^\"]+)\"").matcher(svg);
        var widths = new ArrayList<Double>();
        while (m.find()) {
            widths.add(Double.parseDouble(m.group(1)));
        }
        return widths;
    }

    @Test
    @DisplayName("bar lengths are proportional to the values: 10, 5, 0 draw as the full plot width (450), half, nothing")
    void proportionalBars() {
        String svg = SvgChart.bar("Children by age", "Bar chart of children by age",
                List.of(ChartBar.of("under 1", 10), ChartBar.of("1 to 4", 5), ChartBar.of("5 to 9", 0)));
        // labels of 7 characters or fewer: the minimum label column, 120; plot = 640 - 120 - 70 = 450
        assertThat(barWidths(svg)).containsExactly(450.0, 225.0, 0.0);
        assertThat(svg).contains(">under 1</text>", ">1 to 4</text>", ">5 to 9</text>")
                .contains(">10</text>", ">5</text>", ">0</text>");
    }

    @Test
    @DisplayName("WCAG 1.1.1: every chart has a title and a description, escaped")
    void titleAndDescription() {
        String svg = SvgChart.bar("Care leavers <19 & 21>", "desc \"quoted\"", List.of(ChartBar.of("a", 1)));
        assertThat(svg).startsWith("<svg").contains("<title>Care leavers &lt;19 &amp; 21&gt;</title>")
                .contains("<desc>desc &quot;quoted&quot;</desc>").contains("role=\"img\"").endsWith("</svg>");
    }

    @Test
    @DisplayName("not colour alone: bars are hatched and every bar carries its value as text")
    void readableInBlackAndWhite() {
        String svg = SvgChart.bar("t", "d", List.of(ChartBar.of("a", 3), ChartBar.of("b", 7)));
        assertThat(svg).containsPattern("<clipPath id=\"(hatch-[0-9a-f]+)\">(<rect [^>]+/>){2}</clipPath>")
                .containsPattern("<path class=\"hatch\" clip-path=\"url\\(#hatch-[0-9a-f]+\\)\" d=\"M ")
                .doesNotContain("<pattern").contains(">3</text>", ">7</text>");
    }

    @Test
    @DisplayName("a long label widens the label column so it is not cut off; bars stay proportional")
    void longLabels() {
        String svg = SvgChart.bar("t", "d", List.of(ChartBar.of("In education, employment or training", 50),
                ChartBar.of("In touch", 100)));
        // 36 characters: label column 36 * 7 + 16 = 268, plot = 640 - 268 - 70 = 302
        assertThat(svg).contains("<text x=\"260.0\"").contains("x=\"268\"");
        assertThat(barWidths(svg)).containsExactly(151.0, 302.0);
    }

    @Test
    @DisplayName("empty, all-zero and all-null series: no NaN or Infinity, no bar drawn")
    void emptyAndZeroSeries() {
        var empty = SvgChart.bar("t", "d", List.of());
        var zeros = SvgChart.bar("t", "d", List.of(ChartBar.of("a", 0), ChartBar.of("b", 0)));
        var nulls = SvgChart.bar("t", "d", List.of(ChartBar.of("a", (BigDecimal) null)));
        var line = SvgChart.line("t", "d", List.of(ChartBar.of("2022-23", (BigDecimal) null), ChartBar.of("2023-24", 0)));
        var emptyLine = SvgChart.line("t", "d", List.of());
        for (var svg : List.of(empty, zeros, nulls, line, emptyLine)) {
            assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
        }
        assertThat(empty).contains("No data to chart");
        assertThat(barWidths(zeros)).containsExactly(0.0, 0.0);
        assertThat(nulls).contains(">no data</text>");
    }

    @Test
    @DisplayName("trend line: a year without data is a gap labelled 'no data', never a zero; points labelled with values")
    void trendWithGap() {
        String svg = SvgChart.line("CLA", "d", List.of(ChartBar.of("2022-23", (BigDecimal) null),
                ChartBar.of("2023-24", 400), ChartBar.of("2024-25", 200)));
        assertThat(svg).contains(">2022-23</text>", ">2023-24</text>", ">2024-25</text>", ">no data</text>",
                ">400</text>", ">200</text>");
        // two points, one path segment starting at the first year with data
        assertThat(svg.split("<circle", -1)).hasSize(3);
        var m = Pattern.compile("<path class=\"line\" d=\"M ([0-9.]+) ([0-9.]+) L ([0-9.]+) ([0-9.]+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        // x: axis at 50, points 36 in from each end (50 + 36 = 86 to 610 - 36 = 574), so 244 apart for 3 points
        assertThat(Double.parseDouble(m.group(1))).isEqualTo(330.0);
        assertThat(Double.parseDouble(m.group(3))).isEqualTo(574.0);
        // y: 400 is the maximum: top of the plot (y = 30); 200 is halfway down to the axis at y = 180
        assertThat(Double.parseDouble(m.group(2))).isEqualTo(30.0);
        assertThat(Double.parseDouble(m.group(4))).isEqualTo(105.0);
        // the gap year's "no data" stands at x = 86, clear of the axis at 50
        assertThat(svg).contains("<text x=\"86.0\" y=\"172.0\" text-anchor=\"middle\">no data</text>");
        // the scale's zero is labelled at the foot of the axis
        assertThat(svg).contains("<text x=\"44.0\" y=\"184.0\" text-anchor=\"end\">0</text>");
    }

    @Test
    @DisplayName("trend line: the line is drawn first, so markers and value labels sit on top of it")
    void markersOverTheLine() {
        String svg = SvgChart.line("t", "d", List.of(ChartBar.of("2024-25", 3), ChartBar.of("2025-26", 5)));
        assertThat(svg.indexOf("<path class=\"line\"")).isPositive().isLessThan(svg.indexOf("<circle"));
        assertThat(svg.lastIndexOf("<circle")).isLessThan(svg.lastIndexOf(">5</text>"));
    }

    @Test
    @DisplayName("sparkline: scaled from the lowest to the highest value, a gap for a year without data, values in the text alternative")
    void sparkline() {
        String svg = SvgChart.sparkline("Five-year trend of CLA", "2021-22 no data; 2022-23 10; 2023-24 20",
                List.of(ChartBar.of("2021-22", (BigDecimal) null), ChartBar.of("2022-23", 10), ChartBar.of("2023-24", 20),
                        ChartBar.of("2024-25", 15), ChartBar.of("2025-26", 20)));
        // 120 wide, 4 padding: x steps of 112 / 4 = 28 from 4; 10 is the bottom (32 - 4 = 28), 20 the top (4), 15 halfway
        assertThat(svg).contains("<path d=\"M 32.0 28.0 L 60.0 4.0 L 88.0 16.0 L 116.0 4.0\"")
                .contains("<title>Five-year trend of CLA</title>").contains("<desc>2021-22 no data; 2022-23 10; 2023-24 20</desc>")
                .contains("role=\"img\"");
        assertThat(svg.split("<circle", -1)).hasSize(5);
        // no change is drawn level in the middle, not as a fall; one point sits in the centre
        assertThat(SvgChart.sparkline("t", "d", List.of(ChartBar.of("a", 5), ChartBar.of("b", 5))))
                .contains("<path d=\"M 4.0 16.0 L 116.0 16.0\"");
        assertThat(SvgChart.sparkline("t", "d", List.of(ChartBar.of("a", 5)))).contains("cx=\"60.0\" cy=\"16.0\"");
        var none = SvgChart.sparkline("t", "d", List.of(ChartBar.of("a", (BigDecimal) null)));
        assertThat(none).doesNotContain("<path").doesNotContain("NaN");
    }
}
