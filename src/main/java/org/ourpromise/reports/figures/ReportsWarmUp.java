package org.ourpromise.reports.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.ourpromise.reports.AnnualReport;
import org.ourpromise.reports.BoardPack;
import org.ourpromise.reports.BoardPeriod;
import org.ourpromise.reports.RecordSection;
import org.ourpromise.returns.Ssda903Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works out the figures of the board's pages before anyone asks (decision 0175): the dashboard's year, the annual
 * report of the latest complete year, and the board packs a member opens first (the quarter last ended, which is the
 * pack's default, this month and last month, and the latest complete year), each from the return and from the
 * record. Just after midnight, when yesterday's figures are dropped, and once the server is up. The nightly run
 * takes a lock like the worklist warm-up (decision 0130); a server that did not hold it works out the day's figures at
 * its first report request. It also renders those packs and the annual report to PDF, exactly as {@code /board-pack.pdf} and
 * {@code /reports/annual.pdf} do (the same {@link ReportDocuments}), so the
 * renderer's cache ({@code PdfCache}: the same HTML, the same PDF) serves the first PDF asked for, and the first PDF
 * of a server does not pay for loading the renderer, its templates and fonts.
 */
@Component
@ConditionalOnWebApplication
public class ReportsWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsWarmUp.class);

    private final ReportLibrary library;
    private final RecordMeasures record;
    private final ReportDocuments documents;
    private final boolean atStart;

    /** What was worked out, in order: kept by the library and the record measures for the day. */
    public record Warmed(int returnYear, int latestYear, AnnualReport annual, List<BoardPeriod> periods,
            List<BoardPack> packs) {
    }

    ReportsWarmUp(ReportLibrary library, RecordMeasures record, ReportDocuments documents,
            @Value("${promise.reports.warm-up-at-start:true}") boolean atStart) {
        this.library = library;
        this.record = record;
        this.documents = documents;
        this.atStart = atStart;
    }

    @Scheduled(cron = "${promise.reports.warm-up-cron:0 5 0 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "reports-warm-up", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
    void everyNight() {
        warm("the new day", true);
    }

    /** In a thread of its own, so the server starts listening at once. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!atStart) {
            return;
        }
        var thread = new Thread(() -> warm("start-up", true), "reports-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    /** Works the figures out; null (and a warning in the log) if it could not: the first page then does it. */
    public @Nullable Warmed warm(String why, boolean render) {
        long started = System.nanoTime();
        try {
            var warmed = figures();
            if (render) {
                warmed.periods().forEach(documents::packPdf);
                documents.annualPdf(warmed.latestYear());
            }
            LOG.info("Report figures for {} worked out for {} in {} ms", warmed.periods().size() + 2, why,
                    (System.nanoTime() - started) / 1_000_000);
            return warmed;
        } catch (RuntimeException e) {
            LOG.warn("Report figures could not be worked out in advance ({}); the first page will do it", why, e);
            return null;
        }
    }

    private Warmed figures() {
        int returnYear = library.returnYear(null);
        int latest = library.latestCompleteYear();
        library.dashboard(returnYear, null);
        RecordSection ignored = record.dashboard(returnYear, null);
        record.inYearSection(returnYear); // the dashboard's in-year figures
        var annual = library.annual(latest);
        var packs = new ArrayList<BoardPack>();
        var periods = periods(library.today(), latest);
        for (var p : periods) {
            packs.add(library.boardPack(p));
            record.boardPack(p);
        }
        return new Warmed(returnYear, latest, annual, periods, List.copyOf(packs));
    }

    /** The quarter last ended (the pack's default), last month, this month, and the latest complete year. */
    static List<BoardPeriod> periods(LocalDate today, int latestYear) {
        var lastEnded = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3 + 1);
        int year = Ssda903Dates.collectionYearOf(lastEnded);
        int q = (lastEnded.getMonthValue() + 8) % 12 / 3 + 1;
        var month = YearMonth.from(today);
        return List.of(BoardPeriod.quarter(year, q), BoardPeriod.month(month.minusMonths(1)), BoardPeriod.month(month),
                BoardPeriod.year(latestYear));
    }
}
