package org.ourpromise.returns.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every rule implementation Promise has, by code. */
public final class RuleBook {

    private static final List<RuleGroup> GROUPS = List.of(
            new CodeListRules(),
            new org.ourpromise.returns.rules.reviews.EpisodeSequenceRules(),
            new org.ourpromise.returns.rules.reviews.EpisodeCodeRules(),
            new org.ourpromise.returns.rules.reviews.PlacementProviderRules(),
            new org.ourpromise.returns.rules.reviews.PlacementLocationRules(),
            new org.ourpromise.returns.rules.reviews.YearOnYearRules(),
            new org.ourpromise.returns.rules.reviews.ReviewRules(),
            new org.ourpromise.returns.rules.reviews.PupilNumberRules(),
            new org.ourpromise.returns.rules.reviews.HealthRules(),
            new org.ourpromise.returns.rules.reviews.AdopterRules(),
            new org.ourpromise.returns.rules.reviews.AdoptionDecisionRules(),
            new org.ourpromise.returns.rules.reviews.AdoptionOrderRules(),
            new org.ourpromise.returns.rules.basics.DateFieldRules(),
            new org.ourpromise.returns.rules.basics.CodedFieldRules(),
            new org.ourpromise.returns.rules.basics.EpisodeRules(),
            new org.ourpromise.returns.rules.basics.HeaderRules(),
            new org.ourpromise.returns.rules.basics.AdoptionRules(),
            new org.ourpromise.returns.rules.basics.OC2Rules(),
            new org.ourpromise.returns.rules.basics.CareLeaverRules(),
            new org.ourpromise.returns.rules.placements.ChildHistoryRules(),
            new org.ourpromise.returns.rules.placements.ChildDetailRules(),
            new org.ourpromise.returns.rules.placements.ProviderRules(),
            new org.ourpromise.returns.rules.placements.PlacementChangeRules(),
            new org.ourpromise.returns.rules.placements.EpisodeDateRules(),
            new org.ourpromise.returns.rules.placements.EpisodeEndRules(),
            new org.ourpromise.returns.rules.placements.LegalStatusRules(),
            new org.ourpromise.returns.rules.placements.PlacementTypeRules(),
            new org.ourpromise.returns.rules.placements.AdoptionRules(),
            new org.ourpromise.returns.rules.placements.CareLeaverRules(),
            new org.ourpromise.returns.rules.placements.PostcodeRules(),
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
