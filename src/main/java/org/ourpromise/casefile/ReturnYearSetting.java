package org.ourpromise.casefile;

import java.time.LocalDate;
import org.ourpromise.returns.ReturnYear;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council's setting for {@link ReturnYear} (the engine is pure Java): the last day of the submission window
 * of the year just ended, 30 June unless set ({@code promise.return.window-closes-month} and {@code -day}). Every
 * page that opens at "the year of the return" asks this (decision 0156).
 */
@ConfigurationProperties("promise.return")
public record ReturnYearSetting(@DefaultValue("6") int windowClosesMonth, @DefaultValue("30") int windowClosesDay) {

    public ReturnYearSetting {
        new ReturnYear(windowClosesMonth, windowClosesDay); // a window that cannot be stops start-up
    }

    /** The collection year whose return is being prepared on {@code today}. */
    public int beingPreparedOn(LocalDate today) {
        return new ReturnYear(windowClosesMonth, windowClosesDay).beingPreparedOn(today);
    }
}
