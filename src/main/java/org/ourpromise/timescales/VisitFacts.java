package org.ourpromise.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.PlanEvent;
import org.ourpromise.record.PlanEvent.Kind;

/**
 * The facts on a child's record that change reg 28 visit intervals, and what is in force on a day.
 * Each fact belongs to the placement it is dated in: it counts from its date within that placement and
 * never carries into the next one. When a fact and the fact that ends it share a day, the ending wins.
 */
final class VisitFacts {

    private final Map<Kind, List<PlanEvent>> byKind = new EnumMap<>(Kind.class);

    VisitFacts(List<PlanEvent> plans) {
        for (var p : plans) {
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
        }
        byKind.values().forEach(list -> list.sort(Comparator.comparing(PlanEvent::date)));
    }

    /** reg 24: a temporary approval dated in the placement on or before {@code day}, not since ended by full approval. */
    boolean temporaryApproval(LocalDate placementStart, LocalDate day) {
        return inForce(Kind.CONNECTED_PERSON_TEMPORARY_APPROVAL, Kind.CONNECTED_PERSON_APPROVED, placementStart, day);
    }

    /** reg 28(2)(b)(i) as amended: the child's agreement to 6-monthly visits, dated in the placement and not withdrawn. */
    boolean childAgreed(LocalDate placementStart, LocalDate day) {
        return inForce(Kind.CHILD_AGREED_SIX_MONTHLY_VISITS, Kind.CHILD_AGREEMENT_WITHDRAWN, placementStart, day);
    }

    /**
     * Intended to last until 18 (reg 28(2)(b)(i)): a long-term foster placement code (U1, U4) or the care
     * plan naming this placement as long-term on or before {@code day} (DOMAIN.md §3.2).
     */
    boolean longTerm(CareEpisode episode, LocalDate placementStart, LocalDate day) {
        if (episode.placement().equals("U1") || episode.placement().equals("U4")) {
            return true;
        }
        return latest(Kind.LONG_TERM_PLACEMENT_AGREED, placementStart, day) != null;
    }

    /** Short-break visit agreements dated from {@code from} and before {@code end} (null = no end), in date order. */
    List<PlanEvent> shortBreakAgreements(LocalDate from, @Nullable LocalDate end) {
        return byKind.getOrDefault(Kind.SHORT_BREAK_VISITS_AGREED, List.of()).stream()
                .filter(p -> !p.date().isBefore(from) && (end == null || p.date().isBefore(end))).toList();
    }

    private boolean inForce(Kind starts, Kind ends, LocalDate placementStart, LocalDate day) {
        var started = latest(starts, placementStart, day);
        var ended = latest(ends, placementStart, day);
        return started != null && (ended == null || started.isAfter(ended));
    }

    private @Nullable LocalDate latest(Kind kind, LocalDate from, LocalDate to) {
        LocalDate found = null;
        for (var p : byKind.getOrDefault(kind, List.of())) {
            if (p.date().isAfter(to)) {
                break;
            }
            if (!p.date().isBefore(from)) {
                found = p.date();
            }
        }
        return found;
    }
}
