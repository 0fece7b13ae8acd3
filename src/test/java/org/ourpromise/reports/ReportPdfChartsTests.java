package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The PDFs draw the charts from {@link SvgChart}'s SVG as vector graphics (decision 0010). openhtmltopdf paints an
 * inline SVG into a form XObject of its own, so a chart in the PDF is a form of paths placed on the page; its
 * labels are glyph outlines, and the chart's data table beside it carries the same figures as text.
 */
class ReportPdfChartsTests {

    static AnnualReport report;
    static BoardPack pack;
    static byte[] reportPdf;
    static byte[] packPdf;

    @BeforeAll
    static void render() {
        var ret = GeneratedReturns.of(300, 2026, 4);
        report = AnnualReport.build(ret, 2026, ReportOptions.defaults());
        pack = BoardPack.build(ret, BoardPeriod.quarter(2027, 1), ReportOptions.defaults());
        reportPdf = ReportRenderer.pdf(report);
        packPdf = ReportRenderer.pdf(pack);
    }

    /** A form painted on a page by {@code Do}, with the operators of its content stream. */
    record PaintedForm(int page, PDFormXObject form, List<String> operators) {

        long count(String... ops) {
            return operators.stream().filter(List.of(ops)::contains).count();
        }

        boolean isVectorDrawing() {
            return count("m") > 0 && count("l", "c", "y", "v", "re") > 0 && count("f", "f*", "S", "B", "b") > 0;
        }

        /**
         * Hatched: one stroked path of many separate straight lines ("m l" again and again, then "S"), drawn through
         * a clip; and no tiling pattern, whose content PDF/UA cannot tag. A trend line is one "m" and many "l".
         */
        boolean isHatched() {
            boolean pattern = form.getResources() != null && form.getResources().getPatternNames().iterator().hasNext();
            int pairs = 0;
            for (int i = 0; i + 1 < operators.size(); i++) {
                if (operators.get(i).equals("m") && operators.get(i + 1).equals("l")) {
                    pairs++;
                    i++;
                } else if (operators.get(i).equals("S") && pairs >= 20) {
                    return !pattern && count("W", "W*") > 0;
                } else {
                    pairs = 0;
                }
            }
            return false;
        }
    }

    @Test
    @DisplayName("annual report PDF: every chart is drawn as vector paths on the page of its text alternative")
    void annualReportChartsAreVectors() throws IOException {
        int charts = report.sections().size() + report.trend().size();
        try (var doc = Loader.loadPDF(reportPdf)) {
            var forms = paintedForms(doc);
            assertThat(forms).hasSize(charts).allMatch(PaintedForm::isVectorDrawing);
            assertOnePerTextAlternative(doc, forms, charts);
        }
    }

    @Test
    @DisplayName("board pack PDF: a vector trend line for every headline indicator, on the page of its text alternative")
    void boardPackTrendsAreVectors() throws IOException {
        try (var doc = Loader.loadPDF(packPdf)) {
            var forms = paintedForms(doc);
            assertThat(forms).hasSize(BoardPack.HEADLINES.size()).allMatch(PaintedForm::isVectorDrawing);
            assertOnePerTextAlternative(doc, forms, BoardPack.HEADLINES.size());
            // trend lines: stroked paths and no hatching (hatching is for bars)
            assertThat(forms).allMatch(f -> f.count("S") > 0).noneMatch(PaintedForm::isHatched);
        }
    }

    @Test
    @DisplayName("black and white: the PDF's bar charts keep the SVG's hatching (lines clipped to the bars), its trend lines do not need it")
    void barsAreHatchedInThePdf() throws IOException {
        try (var doc = Loader.loadPDF(reportPdf)) {
            var forms = paintedForms(doc);
            var hatched = forms.stream().filter(PaintedForm::isHatched).map(PaintedForm::page).toList();
            // a section's bar chart is hatched wherever it has a bar longer than nothing to draw
            long barCharts = report.sections().stream()
                    .filter(s -> s.chart().bars().stream().anyMatch(b -> b.value() != null && b.value().signum() > 0))
                    .count();
            assertThat(barCharts).isEqualTo(report.sections().size());
            assertThat(hatched).hasSize((int) barCharts);
        }
    }

    @Test
    @DisplayName("the chart's categories and values are searchable text on its page, beside the drawing")
    void chartFiguresAreTextOnTheirPage() throws IOException {
        var placements = report.sections().get(ReportSection.PLACEMENTS.ordinal()).chart();
        try (var doc = Loader.loadPDF(reportPdf)) {
            var forms = paintedForms(doc);
            int page = pageOf(doc, "Text alternative: " + placements.description().substring(0, 60));
            assertThat(forms).anyMatch(f -> f.page() == page);
            String text = pageText(doc, page);
            for (var bar : placements.bars()) {
                assertThat(text).containsPattern("\\b" + Pattern.quote(bar.label() + " " + bar.shown()) + "\\b");
            }
        }
    }

    private static void assertOnePerTextAlternative(PDDocument doc, List<PaintedForm> forms, int charts)
            throws IOException {
        int captions = 0;
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            int page = p;
            int onPage = count(pageText(doc, p), "Text alternative: ");
            assertThat(forms.stream().filter(f -> f.page() == page)).as("charts drawn on page %d", p).hasSize(onPage);
            captions += onPage;
        }
        assertThat(captions).isEqualTo(charts);
    }

    static List<PaintedForm> paintedForms(PDDocument doc) throws IOException {
        var forms = new ArrayList<PaintedForm>();
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            PDPage page = doc.getPage(p);
            COSName last = null;
            for (var token : new PDFStreamParser(page).parse()) {
                if (token instanceof COSName name) {
                    last = name;
                } else if (token instanceof Operator op && op.getName().equals("Do") && last != null
                        && page.getResources().getXObject(last) instanceof PDFormXObject form) {
                    forms.add(new PaintedForm(p + 1, form, operators(form)));
                }
            }
        }
        return forms;
    }

    private static List<String> operators(PDFormXObject form) throws IOException {
        return new PDFStreamParser(form).parse().stream().flatMap(t -> t instanceof Operator op
                ? Stream.of(op.getName()) : Stream.empty()).toList();
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    private static int pageOf(PDDocument doc, String text) throws IOException {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            if (pageText(doc, p).contains(text)) {
                return p;
            }
        }
        throw new AssertionError("no page shows: " + text);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
