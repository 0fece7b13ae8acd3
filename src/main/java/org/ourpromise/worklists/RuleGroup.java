package org.ourpromise.worklists;

import java.util.EnumSet;
import java.util.Set;
import org.ourpromise.timescales.DeadlineRule;

/**
 * Whose work a deadline is (issue 3): reviews and the IRO's decisions and record are the IRO's,
 * pathway plans and contacts after care the personal adviser's, everything else (visits of every kind,
 * short-break visits and those under a temporary approval included, plans, PEPs, health, return
 * interviews, the needs assessment at 16) the social worker's.
 */
enum RuleGroup {
    SOCIAL_WORKER, REVIEWING_OFFICER, PERSONAL_ADVISER;

    private static final Set<DeadlineRule> IRO = EnumSet.of(DeadlineRule.REVIEW_FIRST, DeadlineRule.REVIEW_SECOND,
            DeadlineRule.REVIEW_SUBSEQUENT, DeadlineRule.SHORT_BREAK_REVIEW_FIRST,
            DeadlineRule.SHORT_BREAK_REVIEW_SUBSEQUENT, DeadlineRule.IRO_DECISIONS, DeadlineRule.IRO_RECORD,
            DeadlineRule.IRO_MIDWAY_CHECK, DeadlineRule.IRO_UNPLANNED_MOVE_REVIEW);
    private static final Set<DeadlineRule> PA = EnumSet.of(DeadlineRule.PATHWAY_PLAN_REVIEW, DeadlineRule.PA_CONTACT);

    static RuleGroup of(DeadlineRule rule) {
        if (IRO.contains(rule)) {
            return REVIEWING_OFFICER;
        }
        return PA.contains(rule) ? PERSONAL_ADVISER : SOCIAL_WORKER;
    }
}
