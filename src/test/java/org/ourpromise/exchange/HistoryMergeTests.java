package org.ourpromise.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.Identity;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.ReviewHeld;

/** One child's record extended year by year: hand-worked cases at the 31 March / 1 April boundary. */
class HistoryMergeTests {

    private static final LocalDate DOB = LocalDate.of(2012, 6, 1);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static CareEpisode episode(LocalDate from, @Nullable LocalDate to) {
        return new CareEpisode(from, "S", "C2", "N1", "U1", "PR1", to, to == null ? null : "E4A", null, null, null, null);
    }

    private static ChildRecord child(LocalDate dob, List<CareEpisode> episodes, List<ReviewHeld> reviews) {
        return new ChildRecord("C1", new Identity("", "", dob, "F", "WBRI", null, null, null, null, false), null,
                episodes, reviews, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private static ChildRecord child(List<CareEpisode> episodes, List<ReviewHeld> reviews) {
        return child(DOB, episodes, reviews);
    }

    private static ReviewHeld review(LocalDate on) {
        return new ReviewHeld(on, "PN1", null, null);
    }

    @Test
    void anEpisodeOpenAt31MarchThatEndsInTheNextYearIsTheSameEpisodeNowEnded() {
        var held = child(List.of(episode(d(2024, 9, 1), null)), List.of(review(d(2024, 9, 20))));
        var next = child(List.of(episode(d(2024, 9, 1), d(2025, 6, 30))), List.of(review(d(2025, 5, 20))));
        var outcome = HistoryMerge.merge(held, next, 2026);
        assertThat(outcome.problem()).isNull();
        assertThat(outcome.merged().episodes()).containsExactly(episode(d(2024, 9, 1), d(2025, 6, 30)));
        assertThat(outcome.merged().reviews()).containsExactly(review(d(2024, 9, 20)), review(d(2025, 5, 20)));
    }

    @Test
    void aChildLeavingAndComingBackAcrossTheYearBoundaryKeepsBothEpisodes() {
        var held = child(List.of(episode(d(2023, 5, 1), d(2024, 2, 10)), episode(d(2025, 3, 1), null)), List.of());
        var next = child(List.of(episode(d(2025, 3, 1), d(2025, 4, 10)), episode(d(2025, 8, 1), null)), List.of());
        var outcome = HistoryMerge.merge(held, next, 2026);
        assertThat(outcome.problem()).isNull();
        assertThat(outcome.merged().episodes()).containsExactly(episode(d(2023, 5, 1), d(2024, 2, 10)),
                episode(d(2025, 3, 1), d(2025, 4, 10)), episode(d(2025, 8, 1), null));
    }

    @Test
    void anEpisodeEnding31MarchAndAnotherStarting1AprilAreBothKept() {
        var held = child(List.of(episode(d(2024, 10, 1), d(2025, 3, 31))), List.of());
        var next = child(List.of(episode(d(2025, 4, 1), null)), List.of());
        var outcome = HistoryMerge.merge(held, next, 2026);
        assertThat(outcome.problem()).isNull();
        assertThat(outcome.merged().episodes()).containsExactly(episode(d(2024, 10, 1), d(2025, 3, 31)),
                episode(d(2025, 4, 1), null));
    }

    @Test
    void anotherDateOfBirthContradictsTheRecord() {
        var held = child(List.of(episode(d(2024, 9, 1), null)), List.of());
        var next = child(d(2012, 6, 2), List.of(episode(d(2024, 9, 1), d(2025, 6, 30))), List.of());
        var outcome = HistoryMerge.merge(held, next, 2026);
        assertThat(outcome.merged()).isNull();
        assertThat(outcome.problem()).isEqualTo("import-903: child C1: date of birth 02/06/2012 in the return, "
                + "01/06/2012 in the record");
    }

    @Test
    void overlappingEpisodesThatCannotBeTheSameContradictTheRecord() {
        var held = child(List.of(episode(d(2024, 9, 1), null)), List.of());
        var next = child(List.of(episode(d(2024, 9, 1), d(2025, 1, 31)), episode(d(2025, 2, 1), null)), List.of());
        var ended = HistoryMerge.merge(held, next, 2026);
        assertThat(ended.problem()).isNull();
        var other = child(List.of(episode(d(2024, 10, 1), null)), List.of());
        assertThat(HistoryMerge.merge(held, other, 2026).problem()).isEqualTo("import-903: child C1: the episode from "
                + "01/10/2024 overlaps the recorded episode from 01/09/2024 with different facts");
    }

    @Test
    void anOpenEpisodeTheLaterYearDoesNotShowContradictsTheRecord() {
        var held = child(List.of(episode(d(2024, 9, 1), null)), List.of());
        var next = child(List.of(), List.of(review(d(2025, 5, 1))));
        assertThat(HistoryMerge.merge(held, next, 2026).problem()).isEqualTo("import-903: child C1: the recorded "
                + "episode from 01/09/2024 is open, but the return for the year to 31/03/2026 does not show it");
    }

    @Test
    void theSameYearTwiceChangesNothing() {
        var year = child(List.of(episode(d(2024, 9, 1), null)), List.of(review(d(2024, 9, 20))));
        var once = HistoryMerge.merge(child(List.of(), List.of()), year, 2025).merged();
        var twice = HistoryMerge.merge(year, year, 2025);
        assertThat(twice.merged()).isEqualTo(year);
        assertThat(ImportPlan.of(List.of(year), java.util.Map.of("C1", year), 2025).unchanged()).containsExactly("C1");
        assertThat(once).isEqualTo(year);
    }

    @Test
    void anEarlierYearAfterALaterOneAddsItsOwnRowsAndKeepsWhatTheLaterYearKnows() {
        var earlier = child(List.of(episode(d(2023, 5, 1), d(2024, 2, 10)), episode(d(2024, 9, 1), null)),
                List.of(review(d(2024, 9, 20))));
        var later = child(List.of(episode(d(2024, 9, 1), d(2025, 6, 30))), List.of(review(d(2025, 5, 20))));
        var laterFirst = HistoryMerge.merge(later, earlier, 2025);
        var earlierFirst = HistoryMerge.merge(earlier, later, 2026);
        assertThat(laterFirst.problem()).isNull();
        assertThat(laterFirst.merged().episodes()).containsExactlyInAnyOrderElementsOf(earlierFirst.merged().episodes())
                .contains(episode(d(2024, 9, 1), d(2025, 6, 30)));
        assertThat(laterFirst.merged().reviews()).containsExactlyInAnyOrderElementsOf(earlierFirst.merged().reviews());
        var missing = new MissingEpisode("M", d(2025, 1, 2), d(2025, 1, 3), null, null, false);
        assertThat(HistoryMerge.merge(later, earlier.withMissing(List.of(missing)), 2025).merged().missing())
                .containsExactly(missing);
    }

    @Test
    void anotherSexContradictsTheRecord() {
        var held = child(List.of(episode(d(2024, 9, 1), null)), List.of());
        var identity = held.identity();
        var next = held.withEpisodes(List.of(episode(d(2024, 9, 1), d(2025, 6, 30))));
        next = new ChildRecord("C1", new Identity("", "", DOB, "M", identity.ethnicity(), null, null, null, null, false),
                null, next.episodes(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
                List.of(), List.of(), List.of(), List.of());
        assertThat(HistoryMerge.merge(held, next, 2026).problem())
                .isEqualTo("import-903: child C1: sex M in the return, F in the record");
    }

    @Test
    void theSameEpisodeWithTheLaterYearsPlacementCodeTakesThatCode() {
        var h5 = new CareEpisode(d(2024, 10, 14), "P", "C2", "N1", "H5", "PR4", null, null, null, null, null, null);
        var k3 = new CareEpisode(d(2024, 10, 14), "P", "C2", "N1", "K3", "PR4", null, null, null, null, null, null);
        var held = child(List.of(h5), List.of());
        assertThat(HistoryMerge.merge(held, child(List.of(k3), List.of()), 2026).merged().episodes()).containsExactly(k3);
        assertThat(HistoryMerge.merge(child(List.of(k3), List.of(review(d(2025, 5, 1)))), held, 2025).merged().episodes())
                .containsExactly(k3);
    }

    @Test
    void twoDifferentEndsOfTheSameEpisodeContradictTheRecord() {
        var held = child(List.of(episode(d(2024, 9, 1), d(2025, 2, 1))), List.of());
        var next = child(List.of(episode(d(2024, 9, 1), d(2025, 5, 1))), List.of());
        assertThat(HistoryMerge.merge(held, next, 2026).problem()).isEqualTo("import-903: child C1: the episode from "
                + "01/09/2024 ends 01/05/2025 in the return, 01/02/2025 in the record");
    }
}
