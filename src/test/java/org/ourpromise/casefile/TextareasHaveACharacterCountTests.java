package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: every textarea is a GOV.UK character count. A plain scan of the templates: each {@code <textarea}
 * must sit inside a {@code govuk-character-count} wrapper that gives {@code data-maxlength}, carry
 * {@code govuk-js-character-count}, and be followed by the "You can enter up to" message.
 */
class TextareasHaveACharacterCountTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern DIV_OPEN = Pattern.compile("<div\\b[^>]*>", Pattern.DOTALL);

    @Test
    @DisplayName("every textarea in the templates is inside a character count with a maximum length")
    void everyTextareaHasACharacterCount() throws IOException {
        List<String> missing = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(file);
                int at = html.indexOf("<textarea");
                while (at >= 0) {
                    seen++;
                    String problem = problem(html, at);
                    if (problem != null) {
                        missing.add(TEMPLATES.relativize(file) + " line " + line(html, at) + ": " + problem);
                    }
                    at = html.indexOf("<textarea", at + 1);
                }
            }
        }
        assertThat(seen).as("textareas found").isGreaterThan(20);
        assertThat(missing).as("textareas without a character count").isEmpty();
    }

    /** Why the textarea at {@code at} is not a character count, or null when it is. */
    static String problem(String html, int at) {
        String before = html.substring(0, at);
        int wrapper = -1;
        Matcher div = DIV_OPEN.matcher(before);
        while (div.find()) {
            if (div.group().contains("govuk-character-count\"") || div.group().matches("(?s).*govuk-character-count[\" ].*")
                    && !div.group().contains("govuk-character-count__")) {
                wrapper = div.start();
            }
        }
        if (wrapper < 0) {
            return "no govuk-character-count wrapper";
        }
        String between = before.substring(wrapper);
        int opens = count(between, "<div");
        int closes = count(between, "</div>");
        if (opens <= closes) {
            return "the govuk-character-count wrapper is closed before it";
        }
        String wrapperTag = between.substring(0, between.indexOf('>') + 1);
        if (!wrapperTag.contains("data-maxlength") || !wrapperTag.contains("data-module=\"govuk-character-count\"")) {
            return "the wrapper has no data-module and data-maxlength";
        }
        int end = html.indexOf("</textarea>", at);
        String textarea = html.substring(at, end);
        if (!textarea.contains("govuk-js-character-count")) {
            return "the textarea lacks govuk-js-character-count";
        }
        if (!textarea.contains("-info")) {
            return "the textarea is not described by its character count message";
        }
        String after = html.substring(end, Math.min(html.length(), end + 600));
        if (!after.contains("govuk-character-count__message") || !after.contains("You can enter up to")) {
            return "no \"You can enter up to N characters\" message after it";
        }
        return null;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static int line(String html, int at) {
        return (int) html.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
