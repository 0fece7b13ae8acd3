package org.ourpromise.reports.figures;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.access.AuditLog;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.FigureTable;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A read-only data feed of the figures for Power BI or Tableau (issue 15): the rows of the dashboard's, the yearly
 * pack's or the annual report's CSV as JSON. Aggregate figures only (no child is named), for those who may see
 * aggregate figures; every read is audited.
 */
@RestController
class FiguresFeedController {

    /** The feed: which output and year, the CSV's column names, and the rows. */
    record Feed(String output, int year, List<String> columns, List<FigureTable.Row> rows) {
    }

    private final ReportLibrary library;
    private final FigureDownloads downloads;
    private final AuditLog audit;

    FiguresFeedController(ReportLibrary library, FigureDownloads downloads, AuditLog audit) {
        this.library = library;
        this.downloads = downloads;
        this.audit = audit;
    }

    @GetMapping(value = "/reports/figures.json", produces = "application/json")
    @Transactional
    Feed feed(@RequestParam(required = false) @Nullable String output,
            @RequestParam(required = false) @Nullable String year) {
        int y = library.year(year);
        String o = output == null || output.isBlank() ? "dashboard" : output.strip();
        var rows = switch (o) {
            case "dashboard" -> downloads.dashboard(y, null);
            case "board-pack" -> downloads.boardPack(BoardPeriod.year(y));
            case "annual" -> downloads.annual(y);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The output must be dashboard, board-pack or annual");
        };
        audit.record(AuditLog.Action.VIEW_REPORT, null, "figures feed " + o + " " + y + ": " + rows.size() + " rows");
        return new Feed(o, y, FigureTable.COLUMNS, rows);
    }
}
