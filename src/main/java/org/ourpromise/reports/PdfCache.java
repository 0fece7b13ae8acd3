package org.ourpromise.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last PDFs rendered, by the SHA-256 of their title and HTML: the same HTML always makes the same PDF, so a PDF
 * asked for again is served as rendered, and any change to what the page shows (a figure, a section, a narrative)
 * makes new HTML and a new PDF. Nothing to drop on a change, so nothing can be stale. Rendering a pack takes seconds;
 * its HTML, from figures already worked out, a fraction of a second (docs/benchmarks.md, decision 0175).
 */
final class PdfCache {

    /** Enough for the packs and reports a board opens in a day; a pack's PDF is a few hundred kilobytes. */
    static final int SIZE = 24;

    private static final Map<String, byte[]> RENDERED = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > SIZE;
        }
    };

    private PdfCache() {
    }

    static byte[] get(String title, String html, Supplier<byte[]> render) {
        String key = digest(title, html);
        synchronized (RENDERED) {
            var found = RENDERED.get(key);
            if (found != null) {
                return found.clone();
            }
        }
        byte[] pdf = render.get();
        synchronized (RENDERED) {
            RENDERED.put(key, pdf);
        }
        return pdf.clone();
    }

    /** Whether this PDF is rendered and kept: the next one asked for is served without rendering. */
    static boolean has(String title, String html) {
        synchronized (RENDERED) {
            return RENDERED.containsKey(digest(title, html));
        }
    }

    static String digest(String title, String html) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(title.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(html.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** For tests: forget every PDF rendered. */
    static void clear() {
        synchronized (RENDERED) {
            RENDERED.clear();
        }
    }
}
