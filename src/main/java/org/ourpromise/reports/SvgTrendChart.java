package org.ourpromise.reports;

import static org.ourpromise.reports.SvgChart.escape;
import static org.ourpromise.reports.SvgChart.number;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A trend chart for the board pack and the annual report: the council's line over the periods, with a labelled
 * vertical axis (ticks and the measure's unit), a labelled horizontal axis, the target line and comparator lines
 * (England, a region, statistical neighbours) and a legend. Readable in greyscale: each line has its own dash
 * pattern and marker shape, so nothing depends on colour. The council's points carry their values; the reference
 * lines' values are in the data table beside the chart ({@code reports/chart}). Pure: values in, a string out.
 */
public final class SvgTrendChart {

    static final int WIDTH = SvgChart.WIDTH;
    static final int LEFT = 78;
    static final int RIGHT = WIDTH - 30;
    static final int TOP = 24;
    static final int BOTTOM = 200;
    private static final int INSET = 36;
    private static final int LEGEND_ROW = 20;
    static final String OWN_NAME = "This council";

    /** Comparator styles in turn: dash pattern, marker shape. A fifth comparator takes the first again. */
    private static final String[] DASHES = {"2 4", "10 4 2 4", "6 3", "1 3 6 3"};
    private static final String[] MARKERS = {"square", "triangle", "diamond", "cross"};

    private SvgTrendChart() {
    }

    /**
     * @param axisLabel what the vertical axis counts, e.g. "Per cent", "Days"
     * @param points the council's figure per period, oldest first (null: a gap labelled "no data")
     * @param series the target and comparators, each with one value per point
     */
    public static String draw(String title, String description, String axisLabel, List<ChartBar> points,
            List<ChartSeries> series) {
        var drawn = series.stream().filter(ChartSeries::hasValues).toList();
        double max = max(points, drawn);
        double tick = niceStep(max);
        double top = tick == 0 ? 0 : tick * Math.ceil(max / tick - 1e-9);
        int legendRows = legendRows(drawn);
        int height = BOTTOM + 58 + legendRows * LEGEND_ROW;
        var svg = new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"trend-chart\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\"><title>")
                .append(escape(title)).append("</title><desc>").append(escape(description)).append("</desc>");
        verticalAxis(svg, top, tick, axisLabel);
        double step = points.size() <= 1 ? 0 : (double) (RIGHT - LEFT - 2 * INSET) / (points.size() - 1);
        for (int i = 0; i < points.size(); i++) {
            svg.append(text(x(i, step, points.size()), BOTTOM + 18, "middle", points.get(i).label(), ""));
        }
        svg.append(text((LEFT + RIGHT) / 2.0, BOTTOM + 38, "middle", "Collection year or period", " class=\"axis-label\""));
        if (points.isEmpty()) {
            svg.append(text(LEFT + 10, TOP + 20, "start", "No data to chart", ""));
        }
        for (int s = 0; s < drawn.size(); s++) {
            reference(svg, drawn.get(s), styleIndex(drawn, s), top, step, points.size());
        }
        own(svg, points, top, step);
        legend(svg, drawn, BOTTOM + 58);
        return svg.append("</svg>").toString();
    }

    /** The vertical axis: its line, ticks with their values, and its label turned upright. */
    private static void verticalAxis(StringBuilder svg, double top, double tick, String axisLabel) {
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(BOTTOM).append("\" stroke=\"#000000\"/>");
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(BOTTOM).append("\" x2=\"").append(RIGHT)
                .append("\" y2=\"").append(BOTTOM).append("\" stroke=\"#000000\"/>");
        int ticks = top == 0 ? 0 : (int) Math.round(top / tick);
        for (int t = 0; t <= ticks; t++) {
            double value = t * tick;
            double y = y(value, top);
            svg.append("<line class=\"tick\" x1=\"").append(LEFT - 5).append("\" y1=\"").append(number(y)).append("\" x2=\"")
                    .append(LEFT).append("\" y2=\"").append(number(y)).append("\" stroke=\"#000000\"/>");
            svg.append(text(LEFT - 8, y + 4, "end", plain(value), " class=\"tick-label\""));
        }
        double mid = (TOP + BOTTOM) / 2.0;
        svg.append("<text class=\"axis-label\" x=\"16\" y=\"").append(number(mid)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 16 ")
                .append(number(mid)).append(")\">").append(escape(axisLabel)).append("</text>");
    }

    private static void own(StringBuilder svg, List<ChartBar> points, double top, double step) {
        var path = new StringBuilder();
        var marks = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < points.size(); i++) {
            var p = points.get(i);
            double x = x(i, step, points.size());
            if (p.value() == null) {
                marks.append(text(x, BOTTOM - 8, "middle", "no data", ""));
                pen = false;
                continue;
            }
            double y = y(p.value().doubleValue(), top);
            path.append(path.isEmpty() ? "" : " ").append(pen ? "L " : "M ").append(number(x)).append(' ').append(number(y));
            pen = true;
            marks.append(marker("circle", x, y, "point")).append(text(x, y - 10, "middle", p.shown(), " class=\"value\""));
        }
        if (!path.isEmpty()) {
            svg.append("<path class=\"line\" d=\"").append(path)
                    .append("\" fill=\"none\" stroke=\"#1d3557\" stroke-width=\"2.5\"/>");
        }
        svg.append(marks);
    }

    private static void reference(StringBuilder svg, ChartSeries s, int style, double top, double step, int n) {
        var path = new StringBuilder();
        var marks = new StringBuilder();
        boolean pen = false;
        boolean target = s.kind() == ChartSeries.Kind.TARGET;
        for (int i = 0; i < Math.min(n, s.values().size()); i++) {
            var v = s.values().get(i);
            if (v == null) {
                pen = false;
                continue;
            }
            double x = x(i, step, n);
            double y = y(v.doubleValue(), top);
            path.append(path.isEmpty() ? "" : " ").append(pen ? "L " : "M ").append(number(x)).append(' ').append(number(y));
            pen = true;
            if (!target) {
                marks.append(marker(MARKERS[style], x, y, "reference-point"));
            }
        }
        // a single point of a target still shows as a short level line across its year
        if (target && path.indexOf("L") < 0 && !path.isEmpty()) {
            path.append(" l 24 0 m -48 0 l 24 0");
        }
        svg.append("<path class=\"").append(target ? "target" : "comparator").append("\" data-series=\"").append(escape(s.name()))
                .append("\" d=\"").append(path).append("\" fill=\"none\" stroke=\"#000000\" stroke-width=\"")
                .append(target ? "2" : "1.5").append("\" stroke-dasharray=\"").append(target ? "9 5" : DASHES[style]).append("\"/>");
        svg.append(marks);
    }

    /** Below the axis label: a sample of each line (dash and marker) with its name, wrapping to new rows. */
    private static void legend(StringBuilder svg, List<ChartSeries> drawn, int y0) {
        svg.append("<g class=\"legend\">");
        double x = LEFT;
        int row = 0;
        for (int s = -1; s < drawn.size(); s++) {
            String name = s < 0 ? OWN_NAME : drawn.get(s).name();
            double width = entryWidth(name);
            if (x + width > WIDTH && x > LEFT) {
                x = LEFT;
                row++;
            }
            double y = y0 + row * LEGEND_ROW;
            if (s < 0) {
                svg.append("<line x1=\"").append(number(x)).append("\" y1=\"").append(number(y)).append("\" x2=\"")
                        .append(number(x + 30)).append("\" y2=\"").append(number(y)).append("\" stroke=\"#1d3557\" stroke-width=\"2.5\"/>")
                        .append(marker("circle", x + 15, y, "legend-marker"));
            } else {
                var series = drawn.get(s);
                boolean target = series.kind() == ChartSeries.Kind.TARGET;
                int style = styleIndex(drawn, s);
                svg.append("<line x1=\"").append(number(x)).append("\" y1=\"").append(number(y)).append("\" x2=\"")
                        .append(number(x + 30)).append("\" y2=\"").append(number(y)).append("\" stroke=\"#000000\" stroke-width=\"")
                        .append(target ? "2" : "1.5").append("\" stroke-dasharray=\"").append(target ? "9 5" : DASHES[style]).append("\"/>");
                if (!target) {
                    svg.append(marker(MARKERS[style], x + 15, y, "legend-marker"));
                }
            }
            svg.append(text(x + 36, y + 4, "start", name, " class=\"legend-label\""));
            x += width;
        }
        svg.append("</g>");
    }

    private static int legendRows(List<ChartSeries> drawn) {
        double x = LEFT;
        int rows = 1;
        for (int s = -1; s < drawn.size(); s++) {
            double width = entryWidth(s < 0 ? OWN_NAME : drawn.get(s).name());
            if (x + width > WIDTH && x > LEFT) {
                x = LEFT;
                rows++;
            }
            x += width;
        }
        return rows;
    }

    private static double entryWidth(String name) {
        return 36 + name.length() * 7 + 18;
    }

    /** The comparators' styles in turn; the target has its own and takes none. */
    private static int styleIndex(List<ChartSeries> drawn, int s) {
        int n = 0;
        for (int i = 0; i < s; i++) {
            n += drawn.get(i).kind() == ChartSeries.Kind.COMPARATOR ? 1 : 0;
        }
        return n % DASHES.length;
    }

    static String marker(String shape, double x, double y, String cls) {
        String at = " class=\"" + cls + "\" stroke=\"#000000\" stroke-width=\"1.5\"";
        return switch (shape) {
            case "circle" -> "<circle" + at.replace("#000000", "#1d3557") + " cx=\"" + number(x) + "\" cy=\"" + number(y)
                    + "\" r=\"4\" fill=\"#ffffff\"/>";
            case "square" -> "<rect" + at + " x=\"" + number(x - 3.5) + "\" y=\"" + number(y - 3.5)
                    + "\" width=\"7\" height=\"7\" fill=\"#000000\"/>";
            case "triangle" -> "<path" + at + " d=\"M " + number(x) + " " + number(y - 5) + " L " + number(x + 4.5) + " "
                    + number(y + 3.5) + " L " + number(x - 4.5) + " " + number(y + 3.5) + " Z\" fill=\"#707070\"/>";
            case "diamond" -> "<path" + at + " d=\"M " + number(x) + " " + number(y - 5) + " L " + number(x + 5) + " "
                    + number(y) + " L " + number(x) + " " + number(y + 5) + " L " + number(x - 5) + " " + number(y)
                    + " Z\" fill=\"#ffffff\"/>";
            default -> "<path" + at + " d=\"M " + number(x - 4) + " " + number(y - 4) + " L " + number(x + 4) + " "
                    + number(y + 4) + " M " + number(x - 4) + " " + number(y + 4) + " L " + number(x + 4) + " "
                    + number(y - 4) + "\" fill=\"none\"/>";
        };
    }

    private static double x(int i, double step, int n) {
        return n == 1 ? (LEFT + RIGHT) / 2.0 : LEFT + INSET + i * step;
    }

    /** Zero at the foot; {@code top} at the top of the plot; a negative figure stays on the axis. */
    static double y(double value, double top) {
        return top == 0 ? BOTTOM : BOTTOM - Math.max(0, value) / top * (BOTTOM - TOP);
    }

    /** The largest figure drawn, of the council's and the reference lines'; 0 when there is none above zero. */
    static double max(List<ChartBar> points, List<ChartSeries> series) {
        double own = SvgChart.max(points);
        double refs = series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        return Math.max(own, Math.max(0, refs));
    }

    /** The scale's step: about a quarter of the largest figure, rounded up to a "nice" 1, 2, 2.5 or 5 × 10ⁿ; 0 for none. */
    static double niceStep(double max) {
        if (max <= 0 || !Double.isFinite(max)) {
            return 0;
        }
        double raw = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * magnitude >= raw - 1e-9) {
                step = f * magnitude;
                break;
            }
        }
        return step;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String text(double x, double y, String anchor, String s, String extra) {
        return "<text" + extra + " x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\">"
                + escape(s) + "</text>";
    }

}
