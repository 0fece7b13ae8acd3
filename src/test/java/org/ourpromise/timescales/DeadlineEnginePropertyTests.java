package org.ourpromise.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.record.Visit;

/** Properties of the deadline engine over synthetic records (DOMAIN.md §3). */
class DeadlineEnginePropertyTests {

    private static final LocalDate FROM = LocalDate.of(2019, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private final DeadlineEngine engine = DeadlineEngine.englandAndWales();
    private final TimescaleSettings settings = TimescaleSettings.defaults();

    private static ChildRecord child(long seed) {
        return SyntheticChildren.child(seed, "C" + seed, FROM, TO);
    }

    private static LocalDate day(int offset) {
        return FROM.plusDays(offset);
    }

    @Property(tries = 300)
    void everyDueDateIsOnOrAfterItsTriggerAndNotAfterAsAtTrigger(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2555) int asAt) {
        for (var item : engine.dueItems(child(seed), day(asAt), settings)) {
            assertThat(item.due()).isAfterOrEqualTo(item.triggeredOn());
            assertThat(item.triggeredOn()).isBeforeOrEqualTo(day(asAt));
        }
    }

    @Property(tries = 300)
    void doneItemsHaveASatisfyingDateAndStatusesAgreeWithAsAt(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2555) int asAtDay) {
        var asAt = day(asAtDay);
        for (var item : engine.dueItems(child(seed), asAt, settings)) {
            switch (item.status()) {
                case DONE_ON_TIME -> assertThat(item.satisfiedOn()).isNotNull().isBeforeOrEqualTo(item.due()).isBeforeOrEqualTo(asAt);
                case DONE_LATE -> assertThat(item.satisfiedOn()).isNotNull().isAfter(item.due()).isBeforeOrEqualTo(asAt);
                case DUE -> assertThat(item.due()).isAfterOrEqualTo(asAt);
                case OVERDUE -> assertThat(item.due()).isBefore(asAt);
            }
            if (item.status().isDone()) {
                assertThat(item.satisfiedBy()).isNotBlank();
            }
        }
    }

    /** Found by the property on 7 December 2026: two absences that end on 31 August 2023, one interview held. */
    @net.jqwik.api.Example
    void twoAbsencesEndingTheSameDayKeepTheirOwnInterviews() {
        laterEventsNeverMoveADueDateEarlierNorUndoWhatWasDone(-4202, 1618, 0);
        laterEventsNeverMoveADueDateEarlierNorUndoWhatWasDone(-4202, 1618, 400);
    }

    @Property(tries = 200)
    void laterEventsNeverMoveADueDateEarlierNorUndoWhatWasDone(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2555) int first, @ForAll @IntRange(min = 0, max = 900) int more) {
        var child = child(seed);
        // two items can share a key (two absences ending the same day): the n-th of a key is matched to the n-th
        var earlier = occurrences(engine.dueItems(child, day(first), settings));
        var later = occurrences(engine.dueItems(child, day(first + more), settings));
        for (var e : earlier.entrySet()) {
            var item = e.getValue();
            var same = later.get(e.getKey());
            if (same == null) {
                continue;
            }
            assertThat(same.due()).as(item.toString()).isAfterOrEqualTo(item.due());
            if (item.status().isDone()) {
                assertThat(same.satisfiedOn()).as(item.toString()).isEqualTo(item.satisfiedOn());
            }
        }
    }

    @Property(tries = 200)
    void recordingALaterVisitOrReviewNeverMovesADueDateEarlier(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2555) int asAtDay, @ForAll @IntRange(min = 0, max = 60) int back) {
        var asAt = day(asAtDay);
        var child = truncate(child(seed), asAt);
        var extra = asAt.minusDays(back);
        if (!child.visits().stream().allMatch(v -> v.date().isBefore(extra))
                || !child.reviews().stream().allMatch(v -> v.date().isBefore(extra))) {
            return;
        }
        var more = ChildRecords.copyOf(child).visit(new Visit(extra, "SW", true))
                .review(new ReviewHeld(extra, "PN1", null, null)).build();
        var after = index(engine.dueItems(more, asAt, settings));
        for (var item : engine.dueItems(child, asAt, settings)) {
            var same = after.get(key(item));
            if (same != null) {
                assertThat(same.due()).as(item.toString()).isAfterOrEqualTo(item.due());
            }
        }
    }

    @Property(tries = 200)
    void nothingAfterTheAsAtDateIsSeen(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2555) int asAtDay) {
        var asAt = day(asAtDay);
        var child = child(seed);
        assertThat(engine.dueItems(child, asAt, settings)).isEqualTo(engine.dueItems(truncate(child, asAt), asAt, settings));
    }

    private static final java.util.Set<org.ourpromise.record.PlanEvent.Kind> VISIT_FACTS = java.util.EnumSet.of(
            org.ourpromise.record.PlanEvent.Kind.CONNECTED_PERSON_TEMPORARY_APPROVAL,
            org.ourpromise.record.PlanEvent.Kind.CONNECTED_PERSON_APPROVED,
            org.ourpromise.record.PlanEvent.Kind.CHILD_AGREED_SIX_MONTHLY_VISITS,
            org.ourpromise.record.PlanEvent.Kind.CHILD_AGREEMENT_WITHDRAWN,
            org.ourpromise.record.PlanEvent.Kind.SHORT_BREAK_VISITS_AGREED);
    private static final java.util.Set<DeadlineRule> FACT_RULES = java.util.EnumSet.of(
            DeadlineRule.VISIT_TEMPORARY_APPROVAL_WEEKLY, DeadlineRule.VISIT_TEMPORARY_APPROVAL,
            DeadlineRule.VISIT_LONG_TERM_CHILD_AGREED, DeadlineRule.VISIT_SHORT_BREAK);

    @Property(tries = 200)
    void factsAboutVisitsChangeOnlyVisitItemsAndTheirRulesNeedThem(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2555) int asAtDay) {
        var asAt = day(asAtDay);
        var child = child(seed);
        var without = ChildRecords.copyOf(child)
                .plans(child.plans().stream().filter(p -> !VISIT_FACTS.contains(p.kind())).toList()).build();
        var plain = engine.dueItems(without, asAt, settings);
        assertThat(plain).noneMatch(i -> FACT_RULES.contains(i.rule()));
        assertThat(engine.dueItems(child, asAt, settings).stream().filter(i -> !i.rule().name().startsWith("VISIT_")))
                .containsExactlyElementsOf(plain.stream().filter(i -> !i.rule().name().startsWith("VISIT_")).toList());
    }

    @Property(tries = 300)
    void aShortBreakVisitItemIsMetOnlyOnADayTheChildIsPlaced(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2555) int asAtDay) {
        var child = child(seed);
        for (var item : engine.dueItems(child, day(asAtDay), settings)) {
            if (item.rule() == DeadlineRule.VISIT_SHORT_BREAK && item.satisfiedOn() != null) {
                var d = item.satisfiedOn();
                assertThat(child.episodes()).as(item.toString()).anyMatch(e -> e.legalStatus().equals("V3")
                        && !d.isBefore(e.started()) && (e.ceased() == null || !d.isAfter(e.ceased()))
                        || e.legalStatus().equals("V4") && !d.isBefore(e.started()) && (e.ceased() == null || d.isBefore(e.ceased())));
            }
        }
    }

    private static String key(DueItem i) {
        return i.rule() + "|" + i.triggeredOn() + "|" + i.trigger();
    }

    /** Every item by its key and its place among the items of that key ("key#1", "key#2"), in the engine's order. */
    private static Map<String, DueItem> occurrences(List<DueItem> items) {
        var map = new java.util.LinkedHashMap<String, DueItem>();
        var seen = new HashMap<String, Integer>();
        items.forEach(i -> map.put(key(i) + "#" + seen.merge(key(i), 1, Integer::sum), i));
        return map;
    }

    /** The first item per key (items come sorted by due date, so the earliest due). */
    private static Map<String, DueItem> index(List<DueItem> items) {
        var map = new HashMap<String, DueItem>();
        items.forEach(i -> map.putIfAbsent(key(i), i));
        return map;
    }

    /** The record as it stood at the end of {@code asAt}: later events gone, later endings not yet known. */
    static ChildRecord truncate(ChildRecord c, LocalDate asAt) {
        var episodes = c.episodes().stream().filter(e -> !e.started().isAfter(asAt))
                .map(e -> e.ceased() != null && e.ceased().isAfter(asAt) ? new CareEpisode(e.started(),
                        e.reasonNewEpisode(), e.legalStatus(), e.categoryOfNeed(), e.placement(), e.provider(), null, null,
                        null, e.homePostcode(), e.placementPostcode(), e.urn()) : e).toList();
        var reviews = c.reviews().stream().filter(r -> !r.date().isAfter(asAt))
                .map(r -> new ReviewHeld(r.date(), r.participation(), upTo(r.decisionsIssued(), asAt), upTo(r.recordIssued(), asAt)))
                .toList();
        var missing = c.missing().stream().filter(m -> !m.started().isAfter(asAt))
                .map(m -> new MissingEpisode(m.type(), m.started(), upTo(m.ended(), asAt), upTo(m.interviewOffered(), asAt),
                        upTo(m.interviewHeld(), asAt), m.interviewDeclined() && m.interviewOffered() != null
                                && !m.interviewOffered().isAfter(asAt)))
                .toList();
        return ChildRecords.copyOf(c).episodes(episodes).reviews(reviews).missing(missing)
                .health(c.health().stream().filter(h -> !h.date().isAfter(asAt)).toList())
                .contacts(c.careLeaverContacts().stream().filter(x -> !x.date().isAfter(asAt)).toList())
                .education(c.education().stream().filter(x -> !x.date().isAfter(asAt)).toList())
                .visits(c.visits().stream().filter(x -> !x.date().isAfter(asAt)).toList())
                .plans(c.plans().stream().filter(x -> !x.date().isAfter(asAt)).toList()).build();
    }

    private static @Nullable LocalDate upTo(@Nullable LocalDate d, LocalDate asAt) {
        return d == null || d.isAfter(asAt) ? null : d;
    }
}
