package org.ourpromise.reports.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ourpromise.lists.ChildLists;
import org.ourpromise.lists.ListPage;
import org.ourpromise.measures.IroCaseload;
import org.ourpromise.measures.LocalMeasureCatalogue;
import org.ourpromise.measures.LocalMeasureResults;
import org.ourpromise.measures.Measure;
import org.ourpromise.measures.MeasureValue;
import org.ourpromise.timescales.DeadlineRule;

/**
 * Behind one figure from the record: the children who fell short first (late, outstanding, not in the numerator),
 * then the numerator and denominator, each list limited to the children the user may see; the breakdowns; and for
 * the IRO figures each IRO's caseload.
 *
 * @param hidden entries left out because they are about children outside the user's scope
 */
record RecordDrillDown(Measure measure, String value, String counts, List<ChildList> lists, List<Table> breakdowns,
        List<IroCaseload> caseloads, int hidden) {

    /** A list of children under a heading; {@code id} names it for the page. */
    record ChildList(String id, String heading, List<String> children) {
    }

    /** A list as the page shows it: its name and heading, and the page of it the address asks for. */
    record ShownList(String id, String heading, ListPage<String> page) {
    }

    /** One breakdown as rows of category, value and counts. */
    record Table(String caption, List<Row> rows) {
    }

    record Row(String category, String value, String counts) {
    }

    static RecordDrillDown of(LocalMeasureCatalogue catalogue, String key, LocalMeasureResults results,
            Optional<Set<String>> visible, UnaryOperator<String> teamName) {
        var measure = catalogue.find(key).orElseThrow();
        var v = results.get(key);
        var all = new ArrayList<ChildList>();
        var outstanding = LocalMeasureCatalogue.outstandingKeyOf(key);
        if (measure.kind() == Measure.Kind.PERCENTAGE) {
            all.add(new ChildList("not-met", outstanding.isPresent() ? "Done late in the period"
                    : "Not meeting it", results.notMetOf(key)));
        }
        outstanding.ifPresent(o -> all.add(new ChildList("outstanding", "Due in the period and not done by its end",
                results.get(o).numeratorChildren())));
        all.add(new ChildList("numerator", "Numerator: " + measure.numerator(), v.numeratorChildren()));
        if (measure.kind() == Measure.Kind.PERCENTAGE) {
            all.add(new ChildList("denominator", "Denominator: " + measure.denominator(), v.denominatorChildren()));
        }
        int hidden = 0;
        var lists = new ArrayList<ChildList>();
        for (var list : all) {
            var shown = list.children().stream().filter(c -> visible.map(s -> s.contains(c)).orElse(true)).toList();
            hidden += list.children().size() - shown.size();
            lists.add(new ChildList(list.id(), list.heading(), shown));
        }
        var tables = new ArrayList<Table>();
        for (var b : results.breakdownsOf(key)) {
            boolean byTeam = b.dimension().equals(LocalMeasureCatalogue.BY_TEAM);
            var rows = new ArrayList<Row>();
            b.values().forEach((category, value) -> rows.add(new Row(byTeam ? team(category, teamName)
                    : DeadlineRule.valueOf(category).description(), shown(measure, value), counts(measure, value))));
            tables.add(new Table(byTeam ? "By team of the child's social worker on the period's last day"
                    : "By visiting rule", rows));
        }
        var caseloads = LocalMeasureCatalogue.IRO_KEYS.contains(key) ? results.iroCaseloads() : List.<IroCaseload>of();
        return new RecordDrillDown(measure, shown(measure, v), counts(measure, v), lists, tables, caseloads, hidden);
    }

    /**
     * Each list's page, sorted and paged as the address asks ({@code list=numerator&sort=id&order=desc&page=2}
     * for one list; the others keep their order), its links keeping {@code keep} (the year and team).
     */
    List<ShownList> pages(String path, Map<String, String> params, Map<String, ?> keep) {
        return lists.stream().map(l -> new ShownList(l.id(), l.heading(),
                ChildLists.page(ChildLists.IDS, l.children(), l.id(), path, params, keep))).toList();
    }

    /** The list of this name, or none. */
    Optional<ChildList> list(String id) {
        return lists.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    private static String team(String id, UnaryOperator<String> teamName) {
        return id.equals(LocalMeasureCatalogue.NO_TEAM) ? "No social worker allocated" : teamName.apply(id);
    }

    static String shown(Measure m, MeasureValue v) {
        if (v.value() == null) {
            return "none";
        }
        return v.value().stripTrailingZeros().toPlainString() + (m.kind() == Measure.Kind.PERCENTAGE ? "%" : "");
    }

    static String counts(Measure m, MeasureValue v) {
        return switch (m.kind()) {
            case PERCENTAGE -> v.numerator() + " of " + v.denominator();
            case AVERAGE -> "total " + v.numerator() + " over " + v.denominator();
            default -> "";
        };
    }
}
