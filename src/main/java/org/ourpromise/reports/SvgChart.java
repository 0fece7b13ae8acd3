package org.ourpromise.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Server-rendered SVG charts, readable in black and white: every bar and point carries its value as a direct
 * label and bars are hatched (drawn lines), so nothing depends on colour alone; each chart has a {@code <title>} and
 * {@code <desc>} (WCAG 1.1.1), and pages put a text-alternative table next to it. Pure: strings in, a string out.
 */
public final class SvgChart {

    static final int WIDTH = 640;
    private static final int MIN_LABEL_WIDTH = 120;
    private static final int MAX_LABEL_WIDTH = 330;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 8;
    private static final int TOP = 10;

    private SvgChart() {
    }

    /**
     * A horizontal bar chart: bar lengths proportional to the values (the longest bar = the largest value). The
     * hatching is drawn lines clipped to the bars, not an SVG pattern: a pattern becomes a PDF tiling pattern whose
     * content cannot be tagged, which fails PDF/UA (rule 7.1-3) in the annual report.
     */
    public static String bar(String title, String description, List<ChartBar> bars) {
        int height = TOP * 2 + Math.max(1, bars.size()) * (BAR_HEIGHT + GAP);
        double max = max(bars);
        int labelWidth = labelWidth(bars);
        int plot = WIDTH - labelWidth - 70;
        // ids are page-wide in HTML: one clip per chart, so many charts on a page never share one
        String hatch = "hatch-" + Integer.toHexString((title + description).hashCode());
        var svg = open(title, description, height);
        var clip = new StringBuilder();
        var drawn = new StringBuilder();
        if (bars.isEmpty()) {
            drawn.append(text(labelWidth, TOP + BAR_HEIGHT - 6, "start", "No data to chart"));
        }
        for (int i = 0; i < bars.size(); i++) {
            var b = bars.get(i);
            int y = TOP + i * (BAR_HEIGHT + GAP);
            double length = b.value() == null || max == 0 ? 0 : Math.max(0, b.value().doubleValue()) / max * plot;
            drawn.append(text(labelWidth - 8, y + BAR_HEIGHT - 6, "end", b.label()));
            String box = "x=\"" + labelWidth + "\" y=\"" + y + "\" width=\"" + number(length) + "\" height=\""
                    + BAR_HEIGHT + "\"";
            drawn.append("<rect class=\"bar\" ").append(box).append(" fill=\"#ffffff\" stroke=\"#1d3557\" ")
                    .append("stroke-width=\"1\" data-hatch=\"").append(hatch).append("\"/>");
            if (length > 0) {
                clip.append("<rect ").append(box).append("/>");
            }
            drawn.append(text(labelWidth + length + 6, y + BAR_HEIGHT - 6, "start", b.shown()));
        }
        svg.append(drawn);
        if (!clip.isEmpty()) {
            svg.append("<clipPath id=\"").append(hatch).append("\">").append(clip).append("</clipPath>")
                    .append(hatchLines(hatch, labelWidth, TOP, plot, height - 2 * TOP));
        }
        svg.append(axis(labelWidth, TOP, height - TOP));
        return svg.append("</svg>").toString();
    }

    /** Diagonal lines 6 px apart across the plot, drawn only inside the bars (the clip). */
    private static String hatchLines(String clip, int left, int top, int width, int height) {
        double step = 6 * Math.sqrt(2);
        var d = new StringBuilder();
        for (double x = left - height; x < left + width; x += step) {
            d.append(d.isEmpty() ? "" : " ").append("M ").append(number(x)).append(' ').append(top + height)
                    .append(" L ").append(number(x + height)).append(' ').append(top);
        }
        return "<path class=\"hatch\" clip-path=\"url(#" + clip + ")\" d=\"" + d
                + "\" fill=\"none\" stroke=\"#1d3557\" stroke-width=\"3\"/>";
    }

    /** A trend line over the given points (in order), each point marked and labelled with its value; gaps for null. */
    public static String line(String title, String description, List<ChartBar> points) {
        int height = 220;
        int left = 50;
        int right = WIDTH - 30;
        int top = 30;
        int bottom = height - 40;
        double max = max(points);
        var svg = open(title, description, height);
        axes(svg, left, right, top, bottom, points.isEmpty());
        // the first and last points stand in from the axes by the half-width of a "no data" label
        int inset = 36;
        double step = points.size() <= 1 ? 0 : (double) (right - left - 2 * inset) / (points.size() - 1);
        var path = new StringBuilder();
        var marks = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < points.size(); i++) {
            var p = points.get(i);
            double x = left + inset + i * step;
            marks.append(text(x, bottom + 20, "middle", p.label()));
            if (p.value() == null) {
                marks.append(text(x, bottom - 8, "middle", "no data"));
                pen = false;
                continue;
            }
            double y = bottom - (max == 0 ? 0 : p.value().doubleValue() / max * (bottom - top));
            path.append(path.isEmpty() ? "" : " ").append(pen ? "L " : "M ").append(number(x)).append(' ')
                    .append(number(y));
            pen = true;
            marks.append(point(x, y, p.shown()));
        }
        // the line under its markers and labels, so no point is crossed out by it
        if (!path.isEmpty()) {
            svg.append("<path class=\"line\" d=\"").append(path)
                    .append("\" fill=\"none\" stroke=\"#1d3557\" stroke-width=\"2\"/>");
        }
        // the vertical scale starts at zero: a flat-looking line is a steady figure, not a cut-off axis
        svg.append(text(left - 6, bottom + 4, "end", "0"));
        return svg.append(marks).append("</svg>").toString();
    }

    /** The line chart's vertical axis and baseline; a line that says so when there is nothing to chart. */
    private static void axes(StringBuilder svg, int left, int right, int top, int bottom, boolean empty) {
        svg.append(axis(left, top, bottom)).append("<line x1=\"").append(left).append("\" y1=\"").append(bottom)
                .append("\" x2=\"").append(right).append("\" y2=\"").append(bottom).append("\" stroke=\"#000000\"/>");
        if (empty) {
            svg.append(text(left + 10, top + 20, "start", "No data to chart"));
        }
    }

    /** A point of the line chart, marked and labelled with its value. */
    private static String point(double x, double y, String shown) {
        return "<circle class=\"point\" cx=\"" + number(x) + "\" cy=\"" + number(y)
                + "\" r=\"4\" fill=\"#ffffff\" stroke=\"#1d3557\" stroke-width=\"2\"/>" + text(x, y - 10, "middle", shown);
    }

    /**
     * A sparkline: a small trend line without axes or labels, scaled between the lowest and highest value so that
     * the shape shows; a null point leaves a gap. The text alternative ({@code description}) must give the values.
     */
    public static String sparkline(String title, String description, List<ChartBar> points) {
        int width = 120;
        int height = 32;
        int pad = 4;
        var values = points.stream().map(ChartBar::value).filter(v -> v != null).mapToDouble(BigDecimal::doubleValue)
                .toArray();
        double low = java.util.Arrays.stream(values).min().orElse(0);
        double high = java.util.Arrays.stream(values).max().orElse(0);
        var svg = new StringBuilder(512).append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"sparkline\" ")
                .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\"><title>").append(escape(title)).append("</title><desc>")
                .append(escape(description)).append("</desc>");
        double step = points.size() <= 1 ? 0 : (double) (width - 2 * pad) / (points.size() - 1);
        var path = new StringBuilder();
        var dots = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < points.size(); i++) {
            var v = points.get(i).value();
            if (v == null) {
                pen = false;
                continue;
            }
            double x = points.size() == 1 ? width / 2.0 : pad + i * step;
            // equal values sit on the middle line: no change is not drawn as a fall to the bottom
            double y = high == low ? height / 2.0 : height - pad - (v.doubleValue() - low) / (high - low) * (height - 2 * pad);
            path.append(pen ? " L " : "M ").append(number(x)).append(' ').append(number(y));
            pen = true;
            boolean last = i == points.size() - 1;
            dots.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y)).append("\" r=\"")
                    .append(last ? 3 : 2).append("\" fill=\"").append(last ? "#1d3557" : "#ffffff")
                    .append("\" stroke=\"#1d3557\" stroke-width=\"1.5\"/>");
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1d3557\" stroke-width=\"2\"/>");
        }
        return svg.append(dots).append("</svg>").toString();
    }

    /** Room for the longest label at about 7 px a character (13 px Helvetica), within bounds. */
    static int labelWidth(List<ChartBar> bars) {
        int longest = bars.stream().mapToInt(b -> b.label().length()).max().orElse(0);
        return Math.max(MIN_LABEL_WIDTH, Math.min(MAX_LABEL_WIDTH, longest * 7 + 16));
    }

    private static StringBuilder open(String title, String description, int height) {
        return new StringBuilder(1024).append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">")
                .append("<title>").append(escape(title)).append("</title><desc>").append(escape(description))
                .append("</desc>");
    }

    private static String axis(int x, int top, int bottom) {
        return "<line x1=\"" + x + "\" y1=\"" + top + "\" x2=\"" + x + "\" y2=\"" + bottom + "\" stroke=\"#000000\"/>";
    }

    private static String text(double x, double y, String anchor, String s) {
        return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\">" + escape(s)
                + "</text>";
    }

    /** 0 for an empty, all-null or all-zero series: callers then draw no bar rather than dividing by zero. */
    static double max(List<ChartBar> bars) {
        return bars.stream().map(ChartBar::value).filter(v -> v != null).mapToDouble(BigDecimal::doubleValue)
                .filter(v -> v > 0).max().orElse(0);
    }

    static String number(double d) {
        return String.format(Locale.ROOT, "%.1f", Double.isFinite(d) ? d : 0);
    }

    private static final java.util.regex.Pattern CHART = java.util.regex.Pattern.compile(
            "<svg ([^>]*role=\"img\"[^>]*)><title>([^<]*)</title><desc>([^<]*)</desc>");

    /**
     * The page's charts with their text alternative as an {@code alt} attribute, for the PDF only: the tagged PDF's
     * Figure takes its alternate description from it (PDF/UA-1 7.3), where a browser reads the title and desc.
     */
    static String withAltText(String html) {
        return CHART.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("<svg " + m.group(1)
                + " alt=\"" + m.group(2) + ". " + m.group(3) + "\"><title>" + m.group(2) + "</title><desc>" + m.group(3)
                + "</desc>"));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
