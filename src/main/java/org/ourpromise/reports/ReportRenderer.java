package org.ourpromise.reports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the annual report and the board pack as HTML (templates/reports/, Thymeleaf standalone: no web
 * context) and as A4 PDF with openhtmltopdf. The browser gets inline SVG charts; the PDF gets the same charts as
 * CSS bars, because openhtmltopdf draws SVG only with its batik-based svg-support module, which is not on
 * Promise's classpath (an inline {@code <svg>} would otherwise print as loose text). Both carry a text-alternative
 * table next to every chart. The PDF uses the PDF base fonts (Helvetica): no font files, no network.
 */
public final class ReportRenderer {

    /** Where the HTML is going: a browser (SVG charts) or the PDF (CSS bars, print layout). */
    public enum Medium {
        BROWSER, PRINT
    }

    private static final SpringTemplateEngine ENGINE = engine();

    private ReportRenderer() {
    }

    static {
        // openhtmltopdf logs through java.util.logging at INFO by default: timings on a command's stderr
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
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

    public static byte[] pdf(BoardPack pack, RecordSection fromTheRecord) {
        return toPdf(html(pack, fromTheRecord, Medium.PRINT), pack.title());
    }

    private static String render(String template, Map<String, Object> model) {
        var context = new Context(java.util.Locale.UK);
        context.setVariables(model);
        return ENGINE.process(template, context);
    }

    private static byte[] toPdf(String html, String title) {
        var out = new ByteArrayOutputStream(256 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(PrintText.forBaseFonts(html), null);
            builder.withProducer("Promise");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + title + " as PDF", e);
        }
        return out.toByteArray();
    }
}
