package org.ourpromise.returns.rules.placements;

import static org.ourpromise.returns.Ssda903Table.EPISODES;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.ourpromise.returns.ReferenceData.ProviderInformation;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.rules.RowRule;
import org.ourpromise.returns.rules.RuleContext;
import org.ourpromise.returns.rules.RuleGroup;
import org.ourpromise.returns.rules.ValidationRule;
import org.ourpromise.returns.rules.support.EpisodeChain;
import org.ourpromise.returns.rules.support.Postcodes;
import org.ourpromise.returns.rules.support.PlacementLocation;

/**
 * Placement provider, location and Ofsted URN rules. Rules 1008, 219, 221, 224, 227, 228 and 229
 * check the URN against Ofsted's provider list ({@code ReferenceData.providers()}); without it they
 * are skipped by the validator and find nothing here.
 */
public final class ProviderRules implements RuleGroup {

    /** Placements with no URN up to 2024-25 (rules 218, 229): parents, independent living, NHS, custody, temporary, other. */
    private static final Set<String> NO_URN_UNTIL_2025 =
            Set.of("H5", "P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1");
    /**
     * Rule 222 up to 2024-25: as above but H5, which from 28 October 2023 is registered supported
     * accommodation with a URN (rule 230 asks for it), so a URN on H5 is not an error.
     */
    private static final Set<String> URN_NOT_RECORDED_UNTIL_2025 =
            Set.of("P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1");
    /** From 2025-26: H5, P2 and Z1 are gone, Z11–Z14 replace Z1 (DOMAIN.md §1.6). */
    private static final Set<String> NO_URN_FROM_2026 =
            Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14");
    /** Placements without a placement provider (rule 213). */
    private static final Set<String> NO_PROVIDER =
            Set.of("T0", "T1", "T2", "T3", "T4", "Z1", "Z11", "Z12", "Z13", "Z14");
    /** Placements where the provider's LA is not compared (rule 229); K3 joins the list from 2025-26. */
    private static final Set<String> NO_LA_CHECK_FROM_2026 =
            Set.of("K3", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14");

    @Override
    public List<ValidationRule> rules() {
        return List.of(
                new RowRule("213", EPISODES, (ctx, e) -> NO_PROVIDER.contains(e.get("PLACE"))
                        && !e.isBlank("PLACE_PROVIDER")),
                new RowRule("214", EPISODES, (ctx, e) -> EpisodeChain.isShortBreak(e)
                        && (!e.isBlank("PL_POST") || !e.isBlank("URN"))),
                new RowRule("218", EPISODES, ProviderRules::urnMissing),
                new RowRule("230", EPISODES, ProviderRules::englishH5WithoutUrn),
                new RowRule("222", EPISODES, (ctx, e) -> Places.hasOfstedUrn(e)
                        && (ctx.year() >= 2026 ? NO_URN_FROM_2026 : URN_NOT_RECORDED_UNTIL_2025).contains(e.get("PLACE"))),
                new RowRule("1008", EPISODES, (ctx, e) -> Places.hasOfstedUrn(e)
                        && ctx.reference().providers().isPresent() && ctx.reference().provider(e.get("URN")).isEmpty()),
                withProvider("219", (e, p) -> !p.placeCodes().isEmpty() && !p.placeCodes().contains(e.get("PLACE"))),
                withProvider("221", (e, p) -> !e.isBlank("PL_POST") && !p.postcode().isEmpty()
                        && !Postcodes.normalise(e.get("PL_POST")).equals(Postcodes.normalise(p.postcode()))),
                withProvider("224", (e, p) -> !p.providerCodes().isEmpty()
                        && !p.providerCodes().contains(e.get("PLACE_PROVIDER"))),
                withProvider("227", (e, p) -> {
                    var start = e.date("DECOM");
                    return start != null && ((p.registered() != null && start.isBefore(p.registered()))
                            || (p.closed() != null && start.isAfter(p.closed())));
                }),
                new RowRule("228", EPISODES, ProviderRules::endsAfterClosure),
                new RowRule("229", EPISODES, ProviderRules::providerLaDisagrees));
    }

    private static Set<String> noUrnPlacements(int year) {
        return year >= 2026 ? NO_URN_FROM_2026 : NO_URN_UNTIL_2025;
    }

    /**
     * DfE rule 218: an episode open on or after 1 April of the year in a setting Ofsted registers
     * needs a URN. DfE also exempts placements outside England (PL_LA), which the return does not
     * carry; Promise cannot apply that exemption. Short breaks (V3/V4) are exempt too: rule 214 says
     * their URN must not be recorded, and no return could satisfy both.
     */
    private static boolean urnMissing(RuleContext ctx, Ssda903Row e) {
        if (!e.isBlank("URN") || e.isBlank("PLACE") || noUrnPlacements(ctx.year()).contains(e.get("PLACE"))
                || EpisodeChain.isShortBreak(e)) {
            return false;
        }
        var ceased = e.date("DEC");
        return e.isBlank("DEC") || (ceased != null && !ceased.isBefore(ctx.start()));
    }

    private static RowRule withProvider(String code, BiPredicate<Ssda903Row, ProviderInformation> fails) {
        return new RowRule(code, EPISODES, (ctx, e) -> Places.hasOfstedUrn(e)
                && ctx.reference().provider(e.get("URN")).map(p -> fails.test(e, p)).orElse(false));
    }

    /** Rule 228: the episode ended (or, open, runs to 31 March) after the setting closed. */
    private static boolean endsAfterClosure(RuleContext ctx, Ssda903Row e) {
        if (!Places.hasOfstedUrn(e)) {
            return false;
        }
        var provider = ctx.reference().provider(e.get("URN"));
        if (provider.isEmpty() || provider.get().closed() == null) {
            return false;
        }
        LocalDate end = e.isBlank("DEC") ? ctx.end() : e.date("DEC");
        return end != null && end.isAfter(provider.get().closed());
    }

    /**
     * Rule 229: PR1 (own LA provision) must be in the council's own LA, PR2 (other LA) must not be.
     * Needs the council's LA code and the provider's; without either nothing is compared.
     */
    /**
     * 230 (2023-24): from 28 October 2023 an H5 placement in England needs the Ofsted URN of its
     * registered supported accommodation; episodes that ended before 29 October are exempt. A placement
     * is taken to be in England unless the postcode directory, when supplied, places PL_POST outside it.
     */
    private static boolean englishH5WithoutUrn(RuleContext ctx, Ssda903Row e) {
        if (!"H5".equals(e.get("PLACE")) || Places.hasOfstedUrn(e)) {
            return false;
        }
        var ended = e.date("DEC");
        boolean openAfterChange = e.isBlank("DEC") || (ended != null && ended.isAfter(PlacementTypeRules.P2_WITHDRAWN));
        return openAfterChange && !PlacementLocation.placedOutsideEngland(ctx, e);
    }

    private static boolean providerLaDisagrees(RuleContext ctx, Ssda903Row e) {
        var own = ctx.reference().localAuthority();
        if (own.isEmpty() || !Places.hasOfstedUrn(e)) {
            return false;
        }
        var exempt = ctx.year() >= 2026 ? NO_LA_CHECK_FROM_2026 : NO_URN_UNTIL_2025;
        if (exempt.contains(e.get("PLACE"))) {
            return false;
        }
        var provider = ctx.reference().provider(e.get("URN"));
        if (provider.isEmpty() || provider.get().laCode().isEmpty()) {
            return false;
        }
        boolean inOwnLa = provider.get().laCode().equalsIgnoreCase(own.get());
        return switch (e.get("PLACE_PROVIDER")) {
            case "PR1" -> !inOwnLa;
            case "PR2" -> inOwnLa;
            default -> false;
        };
    }

}
