package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareEpisode;

/**
 * Turns a period of care into 903 episodes (DOMAIN.md §1.1): the placements the child lives in
 * ({@link Stays}) and the legal statuses the period passes through, cut into episodes wherever
 * either changes. The rules kept: episodes are contiguous (REC X1 exactly when another follows on
 * the day it ends), the first is RNE S, the reason for the new episode says what changed (L, P, T,
 * B, U), CIN is the period's, and the reason for a placement change is on the episode that ends
 * (none on temporary placements, V903 rule 226).
 */
final class EpisodeChain {

    /** A placement held from a date; {@code sameCarer} and {@code reason} describe the move into it. */
    record Stay(LocalDate from, Placement placement, boolean sameCarer, @Nullable String reason) {
    }

    private EpisodeChain() {
    }

    static List<CareEpisode> episodes(Chance chance, ChildOutline child, PeriodOutline period,
            @Nullable String homePostcode, LocalDate asAt) {
        if (period.isShortBreak()) {
            return List.of(shortBreak(chance, period));
        }
        LocalDate end = period.ceased() != null ? period.ceased() : asAt.plusDays(1);
        var stays = Stays.plan(chance, child, period, end);
        var cuts = new TreeSet<LocalDate>();
        stays.stream().skip(1).forEach(s -> cuts.add(s.from()));
        period.legal().stream().skip(1).forEach(s -> cuts.add(s.from()));
        cuts.removeIf(d -> !d.isBefore(end));
        var episodes = new ArrayList<CareEpisode>();
        LocalDate from = period.started();
        String rne = "S";
        int stayIndex = 0;
        int legalIndex = 0;
        for (LocalDate cut : cuts) {
            int nextStay = lastStartedBy(stays, Stay::from, stayIndex, cut);
            int nextLegal = lastStartedBy(period.legal(), LegalSpell::from, legalIndex, cut);
            boolean placementChanges = nextStay != stayIndex;
            boolean legalChanges = !period.legal().get(nextLegal).status().equals(period.legal().get(legalIndex).status());
            if (!placementChanges && !legalChanges) {
                continue;
            }
            var stay = stays.get(stayIndex);
            String reasonChange = placementChanges && !stay.placement().isTemporary() ? stays.get(nextStay).reason() : null;
            episodes.add(episode(from, rne, period.legal().get(legalIndex).status(), period, stay.placement(), homePostcode,
                    cut, "X1", reasonChange));
            boolean sameCarer = placementChanges && stays.get(nextStay).sameCarer();
            rne = placementChanges ? (legalChanges ? (sameCarer ? "U" : "B") : (sameCarer ? "T" : "P")) : "L";
            from = cut;
            stayIndex = nextStay;
            legalIndex = nextLegal;
        }
        episodes.add(episode(from, rne, period.legal().get(legalIndex).status(), period, stays.get(stayIndex).placement(),
                homePostcode, period.ceased(), period.reasonCeased(), null));
        return episodes;
    }

    /** The index of the last item that started on or before {@code cut}, looking on from {@code index}. */
    private static <T> int lastStartedBy(List<T> items, Function<T, LocalDate> from, int index, LocalDate cut) {
        int last = index;
        while (last + 1 < items.size() && !from.apply(items.get(last + 1)).isAfter(cut)) {
            last++;
        }
        return last;
    }

    private static CareEpisode episode(LocalDate from, String rne, String legal, PeriodOutline period, Placement p,
            @Nullable String homePostcode, @Nullable LocalDate to, @Nullable String rec, @Nullable String reasonChange) {
        // 903 rule 392d: home and placement postcodes are the same only for placements with parents.
        String placementPostcode = p.type().equals("P1") ? homePostcode : p.postcode();
        return new CareEpisode(Days.shared(from), rne, legal, period.categoryOfNeed(), p.type(), p.provider(),
                to == null ? null : Days.shared(to), rec, reasonChange,
                homePostcode, placementPostcode, p.urn());
    }

    /** One break or agreement: no postcodes for short breaks (V903 rules 398, 420, 214). */
    private static CareEpisode shortBreak(Chance chance, PeriodOutline period) {
        String type = chance.percent(0.6) ? "K2" : "U6";
        return new CareEpisode(period.started(), "S", period.legal().get(0).status(), period.categoryOfNeed(), type,
                chance.weighted("PR1", 60, "PR4", 30, "PR5", 10), period.ceased(), period.reasonCeased(), null, null, null, null);
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
