package org.ourpromise.reports;

import java.util.Map;

/**
 * The PDF base fonts (Helvetica) encode WinAnsi only: a character outside it prints as a missing glyph. The few
 * the catalogue and templates use are spelt in ASCII for print (as XHTML entities: this runs on markup); anything else outside Latin-1 becomes '?',
 * visible rather than silently dropped.
 */
final class PrintText {

    private static final Map<Character, String> SPELT = Map.of('≤', "&lt;=", '≥', "&gt;=", '→', "-&gt;", '−', "-",
            '≠', "&lt;&gt;", '\u2009', " ", '\u202F', " ");

    /** WinAnsi's characters above Latin-1 (Windows-1252 0x80-0x9F): dashes, quotes, bullet, ellipsis, euro... */
    private static final String WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    private PrintText() {
    }

    static String forBaseFonts(String html) {
        var out = new StringBuilder(html.length());
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c < 0x100 || WIN_ANSI_EXTRA.indexOf(c) >= 0) {
                out.append(c);
            } else if (SPELT.containsKey(c)) {
                out.append(SPELT.get(c));
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }
}
