package org.ourpromise.returns.rules.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/** Episode rows written DECOM>DEC>RNE>REC>LS>PLACE, separated by '|', for the support tests. */
final class SupportTestRows {

    private SupportTestRows() {
    }

    static List<Ssda903Row> episodes(String text) {
        var rows = new ArrayList<Ssda903Row>();
        if (text == null || text.isBlank()) {
            return rows;
        }
        for (var e : text.split("\\|")) {
            var f = (e + ">>>>>>").split(">", -1);
            var values = new String[Ssda903Table.EPISODES.columns().size()];
            Arrays.fill(values, "");
            values[0] = "1";
            String[] columns = {"DECOM", "DEC", "RNE", "REC", "LS", "PLACE"};
            for (int i = 0; i < columns.length; i++) {
                values[Ssda903Table.EPISODES.indexOf(columns[i])] = f[i].strip();
            }
            rows.add(new Ssda903Row(Ssda903Table.EPISODES, "episodes.csv", rows.size() + 1, values));
        }
        return rows;
    }
}
