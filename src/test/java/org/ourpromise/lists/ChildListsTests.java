package org.ourpromise.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The children behind a figure as lists: who is counted, who is not, who is left out, and each list's own links. */
class ChildListsTests {

    private static final Map<String, String> NAMES = Map.of("A1", "Zac Young", "A2", "Amy Bell", "A3", "Max Hill");

    @Test
    void theNotCountedAreTheDenominatorsOthersAndTheHiddenAreLeftOutAndSaidToBe() {
        var figure = ChildLists.figure(List.of("A1", "A3"), List.of("A1", "A2", "A3", "A4"), Set.of(), NAMES);
        assertThat(figure.counted()).extracting(ChildLists.Child::id).containsExactly("A1", "A3");
        assertThat(figure.notCounted()).containsExactly(new ChildLists.Child("A2", "Amy Bell"),
                new ChildLists.Child("A4", "A4")); // no name known: the ID
        assertThat(figure.restricted()).isFalse();
        var hidden = ChildLists.figure(List.of("A1", "A3"), List.of("A1", "A2", "A3", "A4"), Set.of("A3", "A4"), NAMES);
        assertThat(hidden.counted()).extracting(ChildLists.Child::id).containsExactly("A1");
        assertThat(hidden.notCounted()).extracting(ChildLists.Child::id).containsExactly("A2");
        assertThat(hidden.restricted()).isTrue();
        assertThat(hidden.list("counted")).isSameAs(hidden.counted());
        assertThat(hidden.list("everyone")).isNull();
    }

    @Test
    void aLinkSortsOrPagesOnlyTheListItNames() {
        var figure = ChildLists.figure(List.of("A1", "A2", "A3"), List.of("A1", "A2", "A3"), Set.of(), NAMES);
        var pages = figure.pages("/x", Map.of("list", "counted", "sort", "name", "order", "desc"), Map.of("year", 2027));
        assertThat(pages.counted().items()).extracting(ChildLists.Child::id).containsExactly("A1", "A3", "A2");
        assertThat(pages.counted().sortLink("id")).isEqualTo("/x?year=2027&list=counted&sort=id&order=asc");
        assertThat(pages.notCounted().sort()).isEqualTo("id");
        assertThat(pages.notCounted().sortLink("name")).isEqualTo("/x?year=2027&list=not-counted&sort=name&order=asc");
        assertThat(pages.shown()).containsExactly("A1", "A3", "A2");
        assertThat(ChildLists.namedRows(figure.counted(), "name", "asc"))
                .containsExactly(List.of("A2", "Amy Bell"), List.of("A3", "Max Hill"), List.of("A1", "Zac Young"));
        assertThat(ChildLists.idRows(List.of("B2", "B1"), "nonsense", null)).containsExactly(List.of("B1"), List.of("B2"));
    }
}
