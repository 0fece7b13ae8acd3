package org.ourpromise.leavers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.ourpromise.timescales.Birthdays;

/**
 * Pure rules for Staying Put and Staying Close arrangements. The support paid to the former foster carer is paid
 * only in Staying Put, and stops at the young person's 21st birthday (someone born on 29 February turns 21 on
 * 1 March in a year without one), at the arrangement's end, or after the last day recorded for it, whichever is
 * first; every sum here stops there. The council monitors each arrangement: the next visit or check is due a set
 * number of months after the last one, or after the start when there has been none.
 */
public final class StayingArrangements {

    private StayingArrangements() {
    }

    /** The first day no support is paid to the carer (the day after the last paid). */
    public static LocalDate supportStops(LeavingCareOffer.StayingArrangement a, LocalDate dateOfBirth) {
        var stop = Birthdays.nth(dateOfBirth, 21);
        if (a.ended() != null && a.ended().isBefore(stop)) {
            stop = a.ended();
        }
        if (a.supportUntil() != null && a.supportUntil().plusDays(1).isBefore(stop)) {
            stop = a.supportUntil().plusDays(1);
        }
        return stop;
    }

    /** The weekly support to the carer on the day: nothing outside the arrangement, in Staying Close, or from 21. */
    public static BigDecimal weeklySupportOn(LeavingCareOffer.StayingArrangement a, LocalDate dateOfBirth,
            LocalDate day) {
        boolean paid = a.kind() == LeavingCareOffer.Kind.STAYING_PUT && !day.isBefore(a.started())
                && day.isBefore(supportStops(a, dateOfBirth));
        return paid ? a.carerSupport() : BigDecimal.ZERO;
    }

    /** The support paid to the carer for the days from {@code from} up to (not including) {@code until}, to the penny. */
    public static BigDecimal supportBetween(LeavingCareOffer.StayingArrangement a, LocalDate dateOfBirth,
            LocalDate from, LocalDate until) {
        if (a.kind() != LeavingCareOffer.Kind.STAYING_PUT) {
            return BigDecimal.ZERO.setScale(2);
        }
        var start = from.isAfter(a.started()) ? from : a.started();
        var stops = supportStops(a, dateOfBirth);
        var end = until.isBefore(stops) ? until : stops;
        long days = Math.max(0, ChronoUnit.DAYS.between(start, end));
        return a.carerSupport().multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
    }

    /** When the council's next monitoring visit or check is due: months after the latest check, else the start. */
    public static LocalDate monitoringDue(LeavingCareOffer.StayingArrangement a, int months) {
        var last = a.lastMonitored();
        var from = last != null && last.isAfter(a.started()) ? last : a.started();
        return from.plusMonths(months);
    }
}
