package org.ourpromise.returns;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file read strictly as UTF-8: a byte that is not UTF-8 (a file saved as Windows-1252, say) is
 * reported with its line instead of silently becoming a replacement character in a child's record.
 */
final class Utf8Text {

    /** The file is not UTF-8: {@code line} (from 1) holds the first byte that is not. */
    static final class NotUtf8Exception extends Exception {
        private final int line;
        private final int firstByte;

        NotUtf8Exception(int line, int firstByte) {
            super("not UTF-8 at line " + line);
            this.line = line;
            this.firstByte = firstByte;
        }

        int line() {
            return line;
        }

        String byteHex() {
            return String.format("0x%02X", firstByte & 0xFF);
        }
    }

    private Utf8Text() {
    }

    static String read(Path file) throws IOException, NotUtf8Exception {
        byte[] bytes = Files.readAllBytes(file);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new NotUtf8Exception(line, bytes[at]);
        }
        String text = out.flip().toString();
        // A byte order mark is how some programs say "UTF-8"; it is not part of the first column's name.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
