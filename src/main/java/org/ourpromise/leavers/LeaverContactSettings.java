package org.ourpromise.leavers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The personal adviser's contact intervals (decision 0169). The statutory ones are the defaults: a visit within 7
 * days of the council first providing accommodation, and at most every two months while it provides it. Otherwise
 * the pathway plan sets the interval; until it does, the interval for the young person's status applies. The deadline
 * engine applies them with the room's terms (decision 0215, {@code timescales.AdviserContactTerms}).
 *
 * @param firstVisitDays        days from the council first providing accommodation to the first visit
 * @param accommodatedMonths    at most this many months between visits while the council provides accommodation
 * @param relevantMonths        otherwise, for a relevant young person (16 or 17) when the plan sets no interval
 * @param formerRelevantMonths  otherwise, for a former relevant young person when the plan sets no interval
 */
@ConfigurationProperties("promise.leavers.contact")
public record LeaverContactSettings(@DefaultValue("7") int firstVisitDays, @DefaultValue("2") int accommodatedMonths,
        @DefaultValue("2") int relevantMonths, @DefaultValue("3") int formerRelevantMonths) {

    public static final LeaverContactSettings DEFAULTS = new LeaverContactSettings(7, 2, 2, 3);
}
