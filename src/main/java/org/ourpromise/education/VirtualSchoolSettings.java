package org.ourpromise.education;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Virtual School's local choices.
 *
 * @param localAuthority        the council's own local authority name as school lists give it: a school there is
 *                              "in county", anywhere else "out of county"
 * @param attendanceConcernBelow attendance rate (per cent) under which a child is on the Virtual School's worklist
 */
@ConfigurationProperties("promise.virtual-school")
public record VirtualSchoolSettings(@DefaultValue("Demoshire") String localAuthority,
        @DefaultValue("90") int attendanceConcernBelow) {
}
