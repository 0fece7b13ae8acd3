package org.ourpromise.returns.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every rule implementation Promise has, by code. */
public final class RuleBook {

    private static final List<RuleGroup> GROUPS = List.of(
            new CodeListRules(),
            new org.ourpromise.returns.rules.integrity.IntegrityRules(),
            new org.ourpromise.returns.rules.integrity.MissingRules(),
            new org.ourpromise.returns.rules.integrity.AdoptionRules(),
            new org.ourpromise.returns.rules.integrity.MotherhoodRules(),
            new org.ourpromise.returns.rules.integrity.PreviousPermanenceRules(),
            new org.ourpromise.returns.rules.integrity.ContinuityRules(),
            new org.ourpromise.returns.rules.integrity.DeprivationOfLibertyRules(),
            new org.ourpromise.returns.rules.integrity.SocialWorkerEpisodeRules());

    private static final Map<String, ValidationRule> RULES = index();

    private RuleBook() {
    }

    public static Map<String, ValidationRule> all() {
        return RULES;
    }

    private static Map<String, ValidationRule> index() {
        var map = new LinkedHashMap<String, ValidationRule>();
        for (var g : GROUPS) {
            for (var r : g.rules()) {
                if (map.put(r.code(), r) != null) {
                    throw new IllegalStateException("rule " + r.code() + " is implemented twice");
                }
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
