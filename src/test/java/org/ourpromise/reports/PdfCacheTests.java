package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PdfCacheTests {

    @Test
    @DisplayName("the same title and HTML: rendered once; any change to either: rendered again")
    void sameHtmlSamePdf() {
        PdfCache.clear();
        var renders = new AtomicInteger();
        byte[] first = PdfCache.get("Pack", "<p>74.3%</p>", () -> new byte[] {(byte) renders.incrementAndGet()});
        byte[] again = PdfCache.get("Pack", "<p>74.3%</p>", () -> new byte[] {(byte) renders.incrementAndGet()});
        assertThat(again).isEqualTo(first);
        assertThat(renders).hasValue(1);
        PdfCache.get("Pack", "<p>50.8%</p>", () -> new byte[] {(byte) renders.incrementAndGet()});
        PdfCache.get("Other", "<p>74.3%</p>", () -> new byte[] {(byte) renders.incrementAndGet()});
        assertThat(renders).hasValue(3);
        // a caller changing its copy does not change what the next caller is given
        again[0] = 99;
        assertThat(PdfCache.get("Pack", "<p>74.3%</p>", () -> new byte[] {0})).containsExactly(1);
    }

    @Test
    @DisplayName("the oldest PDF is forgotten beyond the cache's size")
    void bounded() {
        PdfCache.clear();
        for (int i = 0; i <= PdfCache.SIZE; i++) {
            PdfCache.get("t", "html " + i, () -> new byte[] {1});
        }
        var renders = new AtomicInteger();
        PdfCache.get("t", "html 0", () -> new byte[] {(byte) renders.incrementAndGet()});
        PdfCache.get("t", "html " + PdfCache.SIZE, () -> new byte[] {(byte) renders.incrementAndGet()});
        assertThat(renders).hasValue(1);
    }
}
