package org.ourpromise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ourpromise.returns.CodeList;

/**
 * The contract is domain/MEASURES.md: every key it lists, breakdowns expanded as its text says, is in the
 * catalogue with a description, and the engine gives a value for every catalogue key (STYLE.md catalogue
 * completeness). The file is read from {@code ../shared/domain/MEASURES.md} next to the project.
 */
class MeasureCatalogueCompletenessTests {

    static final Path MEASURES = Path.of("..", "shared", "domain", "MEASURES.md");

    private static final Pattern KEY = Pattern.compile("`([a-z0-9_]+(?:\\.[a-z0-9_]+)+(?:\\.<[^>`]+>)?)`");
    private static final Pattern PLACEHOLDER = Pattern.compile("<([^>]+)>");
    private static final Pattern BACKTICKED = Pattern.compile("`([A-Za-z0-9_]+)`");

    @ParameterizedTest(name = "year {0}")
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void everyKeyOfTheContractIsCataloguedAndComputed(int year) throws IOException {
        assertThat(MEASURES).as("the contract MEASURES.md next to the project").exists();
        var expected = keysOfTheContract(Files.readAllLines(MEASURES), year);
        assertThat(expected).as("keys parsed from MEASURES.md").hasSizeGreaterThan(150);
        var catalogue = MeasureCatalogue.forYear(year);
        assertThat(catalogue.keys()).containsAll(expected);
        assertThat(catalogue.keys()).as("nothing outside the contract").containsExactlyInAnyOrderElementsOf(expected);
        for (var m : catalogue.measures()) {
            assertThat(m.description()).as(m.key()).isNotBlank().endsWith(".");
        }
        var results = ReturnFixture.create().compute(year);
        assertThat(results.values().keySet()).containsExactlyElementsOf(catalogue.keys());
    }

    /** The keys of the tables of MEASURES.md §1-§8, each breakdown expanded from the row's own text. */
    static Set<String> keysOfTheContract(List<String> lines, int year) {
        var keys = new LinkedHashSet<String>();
        var known = new HashMap<String, List<String>>();
        for (var line : lines) {
            if (!line.startsWith("| `")) {
                continue;
            }
            var cells = line.split("\\|");
            var first = cells[1];
            var rest = line.substring(line.indexOf('|', 1) + 1);
            Matcher k = KEY.matcher(first);
            while (k.find()) {
                var key = k.group(1);
                var p = PLACEHOLDER.matcher(key);
                if (!p.find()) {
                    keys.add(key);
                    continue;
                }
                var expansion = expand(p.group(1), rest, year, known);
                assertThat(expansion).as("expansion of %s", key).isNotEmpty();
                for (var v : expansion) {
                    keys.add(key.replace("<" + p.group(1) + ">", v));
                }
            }
        }
        return keys;
    }

    private static List<String> expand(String placeholder, String text, int year, Map<String, List<String>> known) {
        List<String> values;
        if (placeholder.contains("..") || placeholder.contains(",")) {
            values = list(placeholder);
        } else if (placeholder.equals("code")) {
            values = List.copyOf(CodeList.SEX.codes(year));                  // "the codes of the year"
        } else if (placeholder.equals("REC")) {
            values = CodeList.REC.codes(year).stream().filter(c -> !c.equals("X1")).toList(); // "except X1"
        } else if (text.contains("keys")) {
            values = list(text.substring(text.indexOf("keys") + 4).replace(":", "").replace("`", "")
                    .replace(" and ", " ").replace("|", " "));
        } else if (text.contains(":")) {
            values = new ArrayList<>();
            var b = BACKTICKED.matcher(text.substring(text.indexOf(':')));
            while (b.find()) {
                values.add(b.group(1));
            }
        } else {
            values = known.getOrDefault(placeholder, List.of());
        }
        known.putIfAbsent(placeholder, values);
        return values;
    }

    /** Words and ranges such as {@code PR0..PR5}, separated by spaces or commas. */
    private static List<String> list(String text) {
        var out = new ArrayList<String>();
        for (var word : text.trim().split("[\\s,]+")) {
            var range = Pattern.compile("([A-Z]+)(\\d+)\\.\\.[A-Z]+(\\d+)").matcher(word);
            if (range.matches()) {
                for (int i = Integer.parseInt(range.group(2)); i <= Integer.parseInt(range.group(3)); i++) {
                    out.add(range.group(1) + i);
                }
            } else if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }
}
