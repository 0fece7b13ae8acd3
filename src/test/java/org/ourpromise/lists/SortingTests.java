package org.ourpromise.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sorting and paging a list from the address bar's parameters, worked by hand. */
class SortingTests {

    record Row(String name, int age) {
    }

    private static final Sorting<Row> COLUMNS = Sorting.by("name", Comparator.comparing(Row::name))
            .andDescending("age", Comparator.comparingInt(Row::age));

    /** 120 rows named r000..r119, aged 119 down to 0. */
    private static final List<Row> ROWS = rows();

    @Test
    void theFirstPageIsTheFirstFiftyByTheDefaultColumn() {
        var backwards = new ArrayList<>(ROWS);
        java.util.Collections.reverse(backwards);
        var page = COLUMNS.page(backwards, null, null, null, "/list", Map.of());
        assertThat(page.total()).isEqualTo(120);
        assertThat(page.pages()).isEqualTo(3);
        assertThat(page.first()).isEqualTo(1);
        assertThat(page.last()).isEqualTo(50);
        assertThat(page.items().get(0).name()).isEqualTo("r000");
        assertThat(page.items().get(49).name()).isEqualTo("r049");
        assertThat(page.ariaSort("name")).isEqualTo("ascending");
        assertThat(page.ariaSort("age")).isEqualTo("none");
    }

    @Test
    void theLastPageHoldsWhatIsLeft() {
        var page = COLUMNS.page(ROWS, "name", "asc", "3", "/list", Map.of());
        assertThat(page.first()).isEqualTo(101);
        assertThat(page.last()).isEqualTo(120);
        assertThat(page.items()).hasSize(20);
        assertThat(page.items().get(19).name()).isEqualTo("r119");
    }

    @Test
    void aDateOrCountColumnSortsLargestFirstOnItsFirstClick() {
        var page = COLUMNS.page(ROWS, "age", null, null, "/list", Map.of());
        assertThat(page.items().get(0).age()).isEqualTo(119);
        assertThat(page.ariaSort("age")).isEqualTo("descending");
        // its header now offers the other way round
        assertThat(page.sortLink("age")).isEqualTo("/list?sort=age&order=asc");
        assertThat(page.sortLink("name")).isEqualTo("/list?sort=name&order=asc");
        assertThat(COLUMNS.page(ROWS, "age", "asc", null, "/list", Map.of()).items().get(0).age()).isZero();
    }

    @Test
    void aLargestFirstColumnsHeaderOffersLargestFirstBeforeItIsClicked() {
        // sorted by name: the age header (declared largest first) offers descending, the name header the reverse
        var byName = COLUMNS.page(ROWS, null, null, null, "/list", Map.of());
        assertThat(byName.sortLink("age")).isEqualTo("/list?sort=age&order=desc");
        assertThat(byName.sortLink("name")).isEqualTo("/list?sort=name&order=desc");
        // following it gives 119 first, and the header then offers ascending
        var byAge = COLUMNS.page(ROWS, "age", "desc", null, "/list", Map.of());
        assertThat(byAge.items().get(0).age()).isEqualTo(119);
        assertThat(byAge.sortLink("age")).isEqualTo("/list?sort=age&order=asc");
        // sorted by age ascending, a name header still offers A to Z
        var byAgeUp = COLUMNS.page(ROWS, "age", "asc", null, "/list", Map.of());
        assertThat(byAgeUp.sortLink("age")).isEqualTo("/list?sort=age&order=desc");
        assertThat(byAgeUp.sortLink("name")).isEqualTo("/list?sort=name&order=asc");
    }

    @Test
    void aListSortedLatestFirstByDefaultOffersItsOtherColumnsAToZ() {
        var latest = Sorting.byDescending("age", Comparator.comparingInt(Row::age))
                .and("name", Comparator.comparing(Row::name));
        var page = latest.page(ROWS, null, null, null, "/list", Map.of());
        assertThat(page.items().get(0).age()).isEqualTo(119);
        assertThat(page.sortLink("age")).isEqualTo("/list?sort=age&order=asc");
        assertThat(page.sortLink("name")).isEqualTo("/list?sort=name&order=asc");
        var byName = latest.page(ROWS, "name", null, null, "/list", Map.of());
        assertThat(byName.sortLink("age")).isEqualTo("/list?sort=age&order=desc");
    }

    @Test
    void badParametersFallBackQuietly() {
        for (String[] bad : new String[][] {{"drop table", "sideways", "-1"}, {"", "", "x"}, {"AGE", "DESC", "1.5"},
                {"name", "asc", "0"}, {"name", "asc", "99999999999"}}) {
            var page = COLUMNS.page(ROWS, bad[0], bad[1], bad[2], "/list", Map.of());
            assertThat(page.sort()).as(Arrays.toString(bad)).isEqualTo("name");
            assertThat(page.descending()).as(Arrays.toString(bad)).isFalse();
            assertThat(page.page()).as(Arrays.toString(bad)).isEqualTo(1);
        }
        // a page past the end is the last page
        assertThat(COLUMNS.page(ROWS, null, null, "7", "/list", Map.of()).page()).isEqualTo(3);
    }

    @Test
    void linksKeepTheOtherParametersEncoded() {
        var keep = new java.util.LinkedHashMap<String, Object>();
        keep.put("q", "o'neil & co");
        keep.put("kind", List.of("Care", "Care leaver"));
        var page = COLUMNS.page(ROWS, "age", "desc", "2", "/children", keep);
        assertThat(page.pageLink(3)).isEqualTo(
                "/children?q=o%27neil+%26+co&kind=Care&kind=Care+leaver&sort=age&order=desc&page=3");
        assertThat(page.pageLink(1)).isEqualTo("/children?q=o%27neil+%26+co&kind=Care&kind=Care+leaver&sort=age&order=desc");
        assertThat(page.wholeListAt("/children.csv")).startsWith("/children.csv?q=");
    }

    @Test
    void pageNumbersShowTheEndsAndTheNeighboursWithGaps() {
        var many = new ArrayList<Row>();
        for (int i = 0; i < 500; i++) {
            many.add(new Row("n" + i, i));
        }
        // 10 pages; on page 5: 1 … 4 5 6 … 10
        assertThat(COLUMNS.page(many, null, null, "5", "/l", Map.of()).pageNumbers())
                .containsExactly(1, null, 4, 5, 6, null, 10);
        assertThat(COLUMNS.page(many, null, null, "1", "/l", Map.of()).pageNumbers()).containsExactly(1, 2, null, 10);
        assertThat(COLUMNS.page(many, null, null, "3", "/l", Map.of()).pageNumbers()).containsExactly(1, 2, 3, 4, null, 10);
    }

    @Test
    void anEmptyListIsOnePageShowingNothing() {
        var page = COLUMNS.page(List.of(), null, null, "4", "/l", Map.of());
        assertThat(page.pages()).isEqualTo(1);
        assertThat(page.first()).isZero();
        assertThat(page.last()).isZero();
        assertThat(page.isPaged()).isFalse();
    }

    @Test
    void tiesKeepTheOrderTheListCameIn() {
        var rows = List.of(new Row("b", 1), new Row("a", 1), new Row("c", 1));
        assertThat(COLUMNS.page(rows, "age", "desc", null, "/l", Map.of()).items()).extracting(Row::name)
                .containsExactly("b", "a", "c");
    }

    private static List<Row> rows() {
        var out = new ArrayList<Row>();
        for (int i = 0; i < 120; i++) {
            out.add(new Row(String.format("r%03d", i), 119 - i));
        }
        return out;
    }
}
