package org.ourpromise.education;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Virtual School's PEP timescales (the seed's council runs PEPs for ages 3 to 18).
 *
 * @param fromAge            PEPs from this birthday
 * @param untilAge           no PEP due on or after this birthday
 * @param startWorkingDays   the PEP started within this many working days of entering care (statutory guidance: 10)
 * @param firstReviewWorkingDays the first review of the care plan, by which the PEP must be in place (20 working days)
 * @param changeWorkingDays  the PEP reviewed within this many working days of a change of school or placement
 */
@ConfigurationProperties("promise.virtual-school.peps")
public record PepSettings(@DefaultValue("3") int fromAge, @DefaultValue("18") int untilAge,
        @DefaultValue("10") int startWorkingDays, @DefaultValue("20") int firstReviewWorkingDays,
        @DefaultValue("10") int changeWorkingDays) {

    public static PepSettings defaults() {
        return new PepSettings(3, 18, 10, 20, 10);
    }
}
