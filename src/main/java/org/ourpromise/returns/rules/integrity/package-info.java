/**
 * DfE SSDA903 validation rules about missing periods, adoption decisions and AD1, motherhood,
 * previous permanence, continuity with last year's return, DoLOs, social worker episodes, and the
 * data integrity checks (INT*, EPI, NoE). Each {@code *Rules} class is a {@code RuleGroup} listed
 * in {@code RuleBook}.
 */
package org.ourpromise.returns.rules.integrity;
