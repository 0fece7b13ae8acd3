package org.ourpromise.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.springframework.ui.ModelMap;

/**
 * Fifty-five children in care since 4 January 2025 for the tests of a figure's two lists (counted, not counted):
 * child i has the ID prefix + "-" + i in two digits (prefix-01 to prefix-55) and is called given + " Vale-(100-i)"
 * when i is odd and given + " Ash-(100-i)" when even, so by name the even ones come first, largest i first.
 */
public record FigureListChildren(String prefix) {

    public static final int HOW_MANY = 55;

    public String id(int i) {
        return String.format("%s-%02d", prefix, i);
    }

    public String[] ids(int... is) {
        return IntStream.of(is).mapToObj(this::id).toArray(String[]::new);
    }

    /** The children's records, each born on the day given. */
    public List<ChildRecord> records(String given, LocalDate born) {
        var episode = new CareEpisode(LocalDate.of(2025, 1, 4), "S", "C2", "N1", "U4", "PR1", null, null, null, null,
                null, null);
        return IntStream.rangeClosed(1, HOW_MANY).mapToObj(i -> ChildRecords.child(id(i), given,
                (i % 2 == 1 ? "Vale-" : "Ash-") + (100 - i), born, "F").episode(episode).build()).toList();
    }

    /** The IDs of the children on the shown page of a list in a page's model. */
    @SuppressWarnings("unchecked")
    public static List<String> shown(ModelMap model, String list) {
        return ((ListPage<ChildLists.Child>) model.get(list)).items().stream().map(ChildLists.Child::id).toList();
    }
}
