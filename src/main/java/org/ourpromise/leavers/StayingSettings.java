package org.ourpromise.leavers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council's monitoring of Staying Put and Staying Close arrangements: at most this many months between its
 * visits or checks (from the start of the arrangement, then from the last check), and how many weeks ahead the
 * next one shows on the worklist so it can be arranged.
 */
@ConfigurationProperties("promise.leavers.staying")
public record StayingSettings(@DefaultValue("3") int monitoringMonths, @DefaultValue("4") int weeksAhead) {

    public static final StayingSettings DEFAULTS = new StayingSettings(3, 4);
}
