package org.ourpromise.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * The fonts embedded in every report PDF (PDF/UA requires every font embedded; the PDF base fonts are not). The
 * text is set in DejaVu Sans (regular, bold, oblique and bold oblique), installed with the fonts-dejavu-core package
 * that scripts/test.sh and the container install; on a machine without it, in the Liberation Sans that PDFBox ships
 * in its jar (regular only: bold is then drawn by weight synthesis). Registered under every family name the report
 * styles ask for, and as the final fallback, so no text falls back to an unembedded base font.
 */
final class PdfFonts {

    /** Where Debian, Fedora and Arch put DejaVu Sans. */
    private static final List<String> DEJAVU_DIRECTORIES = List.of("/usr/share/fonts/truetype/dejavu",
            "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu-sans-fonts");

    /** The families the report styles and the browser defaults name. */
    private static final List<String> FAMILIES = List.of("Helvetica", "Arial", "sans-serif", "serif", "monospace",
            "DejaVu Sans");

    private static final Faces FACES = load();

    /** Regular, bold, italic, bold italic: each null when the machine has none (the regular face then stands in). */
    private record Faces(byte[] regular, byte @Nullable [] bold, byte @Nullable [] italic, byte @Nullable [] boldItalic,
            boolean dejaVu) {
    }

    private PdfFonts() {
    }

    /** Whether the text is set in DejaVu Sans (every character the reports use) or the fallback. */
    static boolean dejaVu() {
        return FACES.dejaVu();
    }

    static void register(PdfRendererBuilder builder) {
        var uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL);
        for (var family : FAMILIES) {
            add(builder, FACES.regular(), family, 400, FontStyle.NORMAL, uses);
            add(builder, orRegular(FACES.bold()), family, 700, FontStyle.NORMAL, uses);
            add(builder, orRegular(FACES.italic()), family, 400, FontStyle.ITALIC, uses);
            add(builder, orRegular(FACES.boldItalic()), family, 700, FontStyle.ITALIC, uses);
            add(builder, orRegular(FACES.italic()), family, 400, FontStyle.OBLIQUE, uses);
            add(builder, orRegular(FACES.boldItalic()), family, 700, FontStyle.OBLIQUE, uses);
        }
    }

    private static byte[] orRegular(byte @Nullable [] face) {
        return face == null ? FACES.regular() : face;
    }

    private static void add(PdfRendererBuilder builder, byte[] bytes, String family, int weight, FontStyle style,
            EnumSet<FSFontUseCase> uses) {
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, style, true, uses);
    }

    private static Faces load() {
        for (var dir : DEJAVU_DIRECTORIES) {
            var regular = read(Path.of(dir, "DejaVuSans.ttf"));
            if (regular != null) {
                return new Faces(regular, read(Path.of(dir, "DejaVuSans-Bold.ttf")), read(Path.of(dir, "DejaVuSans-Oblique.ttf")),
                        read(Path.of(dir, "DejaVuSans-BoldOblique.ttf")), true);
            }
        }
        try (var in = PDDocument.class.getResourceAsStream(ReportRenderer.CHART_FONT)) {
            if (in == null) {
                throw new IllegalStateException("no font to embed in the PDF: install fonts-dejavu-core");
            }
            return new Faces(in.readAllBytes(), null, null, null, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte @Nullable [] read(Path p) {
        try {
            return Files.isReadable(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
