package org.ourpromise.reports.boardpack;

import java.time.YearMonth;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.ReportRenderer;
import org.ourpromise.reports.figures.RecordMeasures;
import org.ourpromise.reports.figures.ReportLibrary;
import org.ourpromise.reports.figures.ReportPage;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Corporate Parenting Board's performance pack for a quarter or a month, in the browser and as PDF, with the
 * figures from the council's own record for that period and the five before it. Aggregate figures only: the pack
 * names no child and no worker and links to no drill-down, so board members see all of it.
 */
@Controller
class BoardPackController {

    /** {@code YYYY-Qn}: quarter n (1 = April to June) of the collection year ending 31 March YYYY. */
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** {@code YYYY-MM}: a calendar month (the board asks for the record's figures monthly). */
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private final ReportLibrary library;
    private final RecordMeasures record;

    BoardPackController(ReportLibrary library, RecordMeasures record) {
        this.library = library;
        this.record = record;
    }

    @GetMapping("/board-pack")
    ResponseEntity<String> pack(@RequestParam(required = false) @Nullable String quarter,
            @RequestParam(required = false) @Nullable String month) {
        var period = period(quarter, month);
        var links = ReportPage.links();
        links.put("Promise home", "/");
        links.put("Download this pack as PDF", "/board-pack.pdf?" + code(period, month));
        var pack = library.boardPack(period);
        var fromTheRecord = record.boardPack(period);
        var html = fromTheRecord == null ? ReportRenderer.html(pack, ReportRenderer.Medium.BROWSER)
                : ReportRenderer.html(pack, fromTheRecord, ReportRenderer.Medium.BROWSER);
        return ReportPage.of(html, links);
    }

    @GetMapping("/board-pack.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String quarter,
            @RequestParam(required = false) @Nullable String month) {
        var period = period(quarter, month);
        var pack = library.boardPack(period);
        var fromTheRecord = record.boardPack(period);
        var pdf = fromTheRecord == null ? ReportRenderer.pdf(pack) : ReportRenderer.pdf(pack, fromTheRecord);
        return ReportPage.pdf(pdf, "board-pack-" + code(period, month).replaceFirst("^[a-z]+=", "") + ".pdf");
    }

    private BoardPeriod period(@Nullable String quarter, @Nullable String month) {
        boolean hasMonth = month != null && !month.isBlank();
        if (hasMonth && quarter != null && !quarter.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give a quarter or a month, not both");
        }
        return hasMonth ? month(month) : quarter(quarter);
    }

    /** A month that has started, from 2000 on. */
    private BoardPeriod month(String text) {
        var m = MONTH.matcher(text.strip());
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int mm = Integer.parseInt(m.group(2));
            if (mm >= 1 && mm <= 12 && year >= 2000) {
                var month = YearMonth.of(year, mm);
                if (month.isAfter(YearMonth.from(library.today()))) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No board pack for " + text.strip()
                            + ": the month has not started");
                }
                return BoardPeriod.month(month);
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Give the month as YYYY-MM, from 2000-01 to this month: for example 2026-10");
    }

    /** Absent: the last quarter that has ended, the one a board meeting now would discuss. */
    private BoardPeriod quarter(@Nullable String text) {
        if (text == null || text.isBlank()) {
            var lastEnded = library.today().withDayOfMonth(1).minusMonths((library.today().getMonthValue() - 1) % 3 + 1);
            int year = Ssda903Dates.collectionYearOf(lastEnded);
            int q = (lastEnded.getMonthValue() + 8) % 12 / 3 + 1;
            return BoardPeriod.quarter(year, q);
        }
        var m = QUARTER.matcher(text.strip());
        if (!m.matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give the quarter as YYYY-Qn, where YYYY is the "
                    + "year the collection year ends (31 March) and Q1 is April to June: for example 2026-Q4");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > library.latestCompleteYear() + 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No board pack for the collection year " + year);
        }
        return BoardPeriod.quarter(year, Integer.parseInt(m.group(2)));
    }

    /** The query string that asks for the period again: {@code month=YYYY-MM} or {@code quarter=YYYY-Qn}. */
    private static String code(BoardPeriod period, @Nullable String month) {
        if (month != null && !month.isBlank()) {
            return "month=" + YearMonth.from(period.start());
        }
        int year = Ssda903Dates.collectionYearOf(period.start());
        int q = (period.start().getMonthValue() + 8) % 12 / 3 + 1;
        return "quarter=" + year + "-Q" + q;
    }
}
