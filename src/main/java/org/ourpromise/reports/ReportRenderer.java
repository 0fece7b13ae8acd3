package org.ourpromise.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.FontCache;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the annual report and the board pack as HTML (templates/reports/, Thymeleaf standalone: no web
 * context) and as A4 PDF with openhtmltopdf. Both carry the same inline SVG charts from {@link SvgChart} (the PDF
 * draws them as vectors with openhtmltopdf's Batik-based SVG support, decision 0010) and a text-alternative table
 * next to every chart. The PDF's text uses the PDF base fonts (Helvetica); the charts' labels are drawn as outlines
 * of Liberation Sans (Helvetica's metrics) read from PDFBox's jar, so every machine draws them alike. No network.
 */
public final class ReportRenderer {

    /** Where the HTML is going: a browser or the PDF (print layout: running footer, page breaks). */
    public enum Medium {
        BROWSER, PRINT
    }

    private static final SpringTemplateEngine ENGINE = engine();

    /**
     * The font PDFBox ships as its own last resort. Batik draws SVG text with a java.awt font; given none it takes
     * the machine's sans-serif, which varies (DejaVu Sans on Debian, wider than the Helvetica SvgChart sizes its
     * label column for).
     */
    static final String CHART_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final byte[] CHART_FONT_BYTES = chartFont();

    private ReportRenderer() {
    }

    static {
        // Batik draws through java.awt (shapes, fonts) but never opens a window: a server or a CI container has no
        // display. Spring Boot sets this for the web app; the command line does not start Spring.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // openhtmltopdf logs through java.util.logging at INFO by default: timings on a command's stderr
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private static byte[] chartFont() {
        try (var in = PDDocument.class.getResourceAsStream(CHART_FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + CHART_FONT + ": the PDF charts need a font");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CHART_FONT, e);
        }
    }

    /**
     * java.awt loads even a font from bytes through the machine's font configuration, and a machine with no fonts
     * at all has none ("Fontconfig head is null"): say so plainly rather than fail inside Batik. openhtmltopdf
     * caches the font made here and draws with it.
     */
    private static void requireChartFont() {
        try {
            FontCache.getTrueTypeFont(CHART_FONT_BYTES);
        } catch (IOException | java.awt.FontFormatException | RuntimeException | InternalError e) {
            throw new IllegalStateException("the PDF's charts need java.awt fonts, which this machine cannot load: "
                    + "install fontconfig and a font (e.g. the fonts-dejavu-core package) [" + e.getMessage() + "]", e);
        }
    }

    private static SpringTemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver(ReportRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        // Standalone: SpEL without a Spring application context.
        engine.setEnableSpringELCompiler(false);
        return engine;
    }

    public static String html(AnnualReport report, Medium medium) {
        return render("reports/annual-report", Map.of("report", report, "print", medium == Medium.PRINT));
    }

    public static byte[] pdf(AnnualReport report) {
        return toPdf(html(report, Medium.PRINT), report.title());
    }

    public static String html(BoardPack pack, Medium medium) {
        return render("reports/board-pack", Map.of("pack", pack, "print", medium == Medium.PRINT));
    }

    public static byte[] pdf(BoardPack pack) {
        return toPdf(html(pack, Medium.PRINT), pack.title());
    }

    /** The board pack with the figures from the council's own record after the return's headlines. */
    public static String html(BoardPack pack, RecordSection fromTheRecord, Medium medium) {
        return render("reports/board-pack", Map.of("pack", pack, "fromRecord", fromTheRecord, "print", medium == Medium.PRINT));
    }

    /** The board pack with the record's figures (if any) and the sections other rooms add, in order. */
    public static String html(BoardPack pack, @org.jspecify.annotations.Nullable RecordSection fromTheRecord,
            java.util.List<PackSection> sections, Medium medium) {
        return html(pack, fromTheRecord, sections, Map.of(), medium);
    }

    /** As above, with the performance team's narrative of each section (section id to text) under its heading. */
    public static String html(BoardPack pack, @org.jspecify.annotations.Nullable RecordSection fromTheRecord,
            java.util.List<PackSection> sections, Map<String, String> narratives, Medium medium) {
        var model = new java.util.HashMap<String, Object>();
        model.put("narratives", narratives);
        model.put("pack", pack);
        if (fromTheRecord != null) {
            model.put("fromRecord", fromTheRecord);
        }
        model.put("sections", sections);
        model.put("print", medium == Medium.PRINT);
        return render("reports/board-pack", model);
    }

    public static byte[] pdf(BoardPack pack, @org.jspecify.annotations.Nullable RecordSection fromTheRecord,
            java.util.List<PackSection> sections) {
        return toPdf(html(pack, fromTheRecord, sections, Medium.PRINT), pack.title());
    }

    public static byte[] pdf(BoardPack pack, @org.jspecify.annotations.Nullable RecordSection fromTheRecord,
            java.util.List<PackSection> sections, Map<String, String> narratives) {
        return toPdf(html(pack, fromTheRecord, sections, narratives, Medium.PRINT), pack.title());
    }

    /** Whether the annual report's PDF is rendered and kept, so the next asked for is served at once. */
    public static boolean isRendered(AnnualReport report) {
        return PdfCache.has(report.title(), html(report, Medium.PRINT));
    }

    /** Whether the pack's PDF is rendered and kept, so the next asked for is served at once. */
    public static boolean isRendered(BoardPack pack, @org.jspecify.annotations.Nullable RecordSection fromTheRecord,
            java.util.List<PackSection> sections, Map<String, String> narratives) {
        return PdfCache.has(pack.title(), html(pack, fromTheRecord, sections, narratives, Medium.PRINT));
    }

    public static byte[] pdf(BoardPack pack, RecordSection fromTheRecord) {
        return toPdf(html(pack, fromTheRecord, Medium.PRINT), pack.title());
    }

    /**
     * Another room's report on this engine (the IRO annual report): its own template under {@code templates/}, which
     * may use {@code reports/report-style} and {@code reports/chart}; {@code print} is set from the medium.
     */
    public static String html(String template, Map<String, Object> model, Medium medium) {
        var withMedium = new java.util.HashMap<>(model);
        withMedium.put("print", medium == Medium.PRINT);
        return render(template, withMedium);
    }

    public static byte[] pdf(String template, Map<String, Object> model, String title) {
        return toPdf(html(template, model, Medium.PRINT), title);
    }

    private static String render(String template, Map<String, Object> model) {
        var context = new Context(java.util.Locale.UK);
        context.setVariables(model);
        return ENGINE.process(template, context);
    }

    /** The PDF of {@code html}: rendered once, then served from {@link PdfCache} while the HTML stays the same. */
    private static byte[] toPdf(String html, String title) {
        return PdfCache.get(title, html, () -> render(html, title));
    }

    private static byte[] render(String html, String title) {
        requireChartFont();
        var out = new ByteArrayOutputStream(256 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            // the charts' inline SVG, drawn as vectors by Batik: no scripts, no external resources
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            // SvgChart asks for "Helvetica, Arial, sans-serif": the first is the one Batik finds, in the SVG only
            builder.useFont(() -> new ByteArrayInputStream(CHART_FONT_BYTES), "Helvetica", 400, FontStyle.NORMAL,
                    true, EnumSet.of(FSFontUseCase.SVG));
            // tagged PDF (PDF/UA): a structure tree from the page's headings, sections, lists, tables and figures,
            // the title from <title>, the language from <html lang>, every font embedded (PdfFonts)
            builder.usePdfUaAccessibility(true);
            PdfFonts.register(builder);
            var tagged = SvgChart.withAltText(html);
            builder.withHtmlContent(PdfFonts.dejaVu() ? tagged : PrintText.forBaseFonts(tagged), null);
            builder.withProducer("Promise");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + title + " as PDF", e);
        }
        return out.toByteArray();
    }
}
