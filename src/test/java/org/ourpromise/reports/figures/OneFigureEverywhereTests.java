package org.ourpromise.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ourpromise.WebTestSupport;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.CurrentFigures;
import org.ourpromise.reports.FigureTable;
import org.ourpromise.reports.dashboard.Dashboard;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: a figure shown in two places is one figure. For each year, every measure the dashboard, the yearly and
 * quarterly board packs, the annual report, the targets page and the three CSV downloads share has the same value
 * on each (the pages compared with each other, never with a figure written here).
 */
class OneFigureEverywhereTests extends WebTestSupport {

    @Autowired
    private ReportLibrary library;

    @Autowired
    private CurrentFigures targetsPage;

    @Autowired
    private RecordMeasures record;

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    @DisplayName("the dashboard, the packs and the annual report show the same value for every measure they share")
    void thePagesAgree(int year) throws Exception {
        var dashboard = (Dashboard) mvc.perform(get("/dashboard").param("year", "" + year).with(as("perf1")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("dashboard");
        var shown = new HashMap<String, Map<String, String>>();
        dashboard.rows().forEach(r -> put(shown, r.indicator().key(), "dashboard", r.indicator().value()));
        library.boardPack(BoardPeriod.year(year)).indicators().forEach(i -> put(shown, i.key(), "yearly pack", i.value()));
        library.boardPack(BoardPeriod.quarter(year + 1, 1)).indicators()
                .forEach(i -> put(shown, i.key(), "quarterly pack", i.value()));
        library.annual(year).sections().forEach(s -> s.figures().forEach(f -> put(shown, f.key(), "annual", f.value())));
        long compared = shown.values().stream().filter(byPage -> byPage.size() > 1).count();
        assertThat(compared).as("measures shown on more than one page").isGreaterThanOrEqualTo(8);
        shown.forEach((key, byPage) -> assertThat(Set.copyOf(byPage.values())).as(key + " on " + byPage).hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    @DisplayName("the three CSV downloads and the targets page give the same value for every measure they share")
    void theDownloadsAgreeWithEachOtherAndTheTargetsPage(int year) throws Exception {
        var byKey = new HashMap<String, Map<String, String>>();
        for (var url : new String[] {"/dashboard.csv", "/board-pack.csv", "/reports/annual.csv"}) {
            var csv = mvc.perform(get(url).param("year", "" + year).with(as("board1"))).andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/csv"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(csv).startsWith(String.join(",", FigureTable.COLUMNS) + "\r\n");
            try (var rows = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(csv)) {
                for (var row : rows) {
                    // the year's return figures are the rows whose period is the collection year, e.g. 2025-26
                    if (row.getField("period").equals((year - 1) + "-" + String.format("%02d", year % 100))) {
                        put(byKey, row.getField("measure key"), url, row.getField("value"));
                    }
                }
            }
        }
        var measures = targetsPage.measures(year);
        byKey.forEach((key, byUrl) -> {
            var v = measures.get(key).value();
            put(byKey, key, "targets page", v == null ? "" : v.stripTrailingZeros().toPlainString());
        });
        assertThat(byKey.values().stream().filter(byUrl -> byUrl.size() > 2).count()).isGreaterThanOrEqualTo(8);
        byKey.forEach((key, byUrl) -> assertThat(Set.copyOf(byUrl.values())).as(key + " in " + byUrl).hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"month=2026-10", "quarter=2027-Q2", "month=2026-03", "quarter=2027-Q3"})
    @DisplayName("the in-year figures are computed once per as-at day and the pack and its download show the same")
    void theInYearFiguresAgreeOnThePackAndItsDownload(String query) throws Exception {
        String[] kv = query.split("=");
        var period = kv[0].equals("month") ? BoardPeriod.month(java.time.YearMonth.parse(kv[1]))
                : BoardPeriod.quarter(Integer.parseInt(kv[1].substring(0, 4)), kv[1].charAt(6) - '0');
        var at = RecordMeasures.inYearAsAt(period, record.today()).orElseThrow();
        var inYear = record.inYear(at);
        assertThat(record.inYear(at)).as("computed once for the as-at day").isSameAs(inYear);
        var html = mvc.perform(get("/board-pack").param(kv[0], kv[1]).with(as("board1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var section = record.inYearSection(period).orElseThrow();
        assertThat(section.rows()).hasSize(org.ourpromise.reports.InYear.keys().size());
        section.rows().forEach(row -> assertThat(html).contains(">" + row.get(1) + "<"));
        var csv = mvc.perform(get("/board-pack.csv").param(kv[0], kv[1]).with(as("board1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int compared = 0;
        try (var rows = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (var row : rows) {
                if (row.getField("title").startsWith("In-year: ")) {
                    var v = inYear.get(row.getField("measure key")).value();
                    assertThat(row.getField("value")).as(row.getField("measure key"))
                            .isEqualTo(v == null ? "" : v.stripTrailingZeros().toPlainString());
                    assertThat(row.getField("period")).isEqualTo(inYear.period());
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(org.ourpromise.reports.InYear.keys().size());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2026, month=2026-03", "2027, quarter=2027-Q3"})
    @DisplayName("the dashboard shows the in-year figures the pack ending the same day shows, on the page and the CSV")
    void theDashboardsInYearFiguresAreThePacks(int year, String query) throws Exception {
        String[] kv = query.split("=");
        var period = kv[0].equals("month") ? BoardPeriod.month(java.time.YearMonth.parse(kv[1]))
                : BoardPeriod.quarter(Integer.parseInt(kv[1].substring(0, 4)), kv[1].charAt(6) - '0');
        var at = RecordMeasures.inYearAsAt(period, record.today()).orElseThrow();
        assertThat(record.inYearAsAt(year)).as("the dashboard's as-at day").isEqualTo(at);
        var result = mvc.perform(get("/dashboard").param("year", "" + year).with(as("perf1")))
                .andExpect(status().isOk()).andReturn();
        var onDashboard = (org.ourpromise.reports.PackSection) result.getModelAndView().getModel().get("inYear");
        var onPack = record.inYearSection(period).orElseThrow();
        assertThat(onDashboard.rows()).hasSize(org.ourpromise.reports.InYear.keys().size()).isEqualTo(onPack.rows());
        assertThat(onDashboard.heading()).isEqualTo(onPack.heading());
        var html = result.getResponse().getContentAsString();
        var packHtml = mvc.perform(get("/board-pack").param(kv[0], kv[1]).with(as("board1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        onDashboard.rows().forEach(row -> assertThat(html).contains(">" + row.get(1) + "<"));
        onPack.rows().forEach(row -> assertThat(packHtml).contains(">" + row.get(1) + "<"));
        var inYearRows = new HashMap<String, Map<String, String>>();
        for (var url : new String[] {"/dashboard.csv?year=" + year, "/board-pack.csv?" + query}) {
            var csv = mvc.perform(get(url).with(as("board1"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            try (var rows = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(csv)) {
                for (var row : rows) {
                    if (row.getField("title").startsWith("In-year: ")) {
                        put(inYearRows, row.getField("measure key"), url, String.join("|", row.getField("period"),
                                row.getField("value"), row.getField("numerator"), row.getField("denominator"),
                                row.getField("target"), row.getField("status")));
                    }
                }
            }
        }
        assertThat(inYearRows).hasSize(org.ourpromise.reports.InYear.keys().size());
        inYearRows.forEach((key, byUrl) -> {
            assertThat(byUrl).as(key).hasSize(2);
            assertThat(Set.copyOf(byUrl.values())).as(key + " in " + byUrl).hasSize(1);
        });
    }

    @org.junit.jupiter.api.Test
    @DisplayName("as at 31 March the in-year counts are the return's for the year just ended, on the pack")
    void asAt31MarchTheInYearCountsAreTheYearsReturn() {
        var inYear = record.inYear(java.time.LocalDate.of(2026, 3, 31));
        var year = library.measures(2026, null);
        for (var key : java.util.List.of(org.ourpromise.reports.InYearFigures.IN_CARE,
                org.ourpromise.reports.InYearFigures.STARTS, org.ourpromise.reports.InYearFigures.CEASES)) {
            assertThat(inYear.get(key).numerator()).as(key)
                    .isEqualTo(year.get(org.ourpromise.reports.InYearFigures.BESIDE.get(key)).numerator());
        }
    }

    private static void put(Map<String, Map<String, String>> shown, String key, String page, String value) {
        shown.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(page, value);
    }
}
