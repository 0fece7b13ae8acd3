package org.ourpromise.reporting;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.ReportRenderer;
import org.ourpromise.returns.Ssda903Dates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Corporate Parenting Board's performance pack for a quarter, in the browser and as PDF. Aggregate figures
 * only: the pack names no child and links to no drill-down, so board members see all of it.
 */
@Controller
class BoardPackController {

    /** {@code YYYY-Qn}: quarter n (1 = April to June) of the collection year ending 31 March YYYY. */
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private final ReportLibrary library;

    BoardPackController(ReportLibrary library) {
        this.library = library;
    }

    @GetMapping("/board-pack")
    ResponseEntity<String> pack(@RequestParam(required = false) @Nullable String quarter) {
        var period = period(quarter);
        var links = ReportPage.links();
        links.put("Promise home", "/");
        links.put("Download this pack as PDF", "/board-pack.pdf?quarter=" + code(period));
        return ReportPage.of(ReportRenderer.html(library.boardPack(period), ReportRenderer.Medium.BROWSER), links);
    }

    @GetMapping("/board-pack.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String quarter) {
        var period = period(quarter);
        return ReportPage.pdf(ReportRenderer.pdf(library.boardPack(period)), "board-pack-" + code(period) + ".pdf");
    }

    /** Absent: the last quarter that has ended, the one a board meeting now would discuss. */
    private BoardPeriod period(@Nullable String text) {
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

    private static String code(BoardPeriod period) {
        int year = Ssda903Dates.collectionYearOf(period.start());
        int q = (period.start().getMonthValue() + 8) % 12 / 3 + 1;
        return year + "-Q" + q;
    }
}
