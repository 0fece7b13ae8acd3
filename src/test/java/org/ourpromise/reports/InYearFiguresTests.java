package org.ourpromise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.returns.Ssda903Derivation;
import org.ourpromise.timescales.CareLeaverBands;
import org.ourpromise.timescales.CareLeaverBands.Band;

/** The in-year figures worked by hand at their edges: 29 February, 31 March, one episode ending as the next starts. */
class InYearFiguresTests {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static CareEpisode ep(String started, String rne, String ls, String placement, @Nullable String ceased,
            @Nullable String rec) {
        return new CareEpisode(d(started), rne, ls, "N1", placement, null, ceased == null ? null : d(ceased), rec,
                null, null, null, null);
    }

    private static ChildRecord child(String id, String dob, CareEpisode... episodes) {
        return ChildRecords.child(id, "A", "B", d(dob), "F").episode(episodes).build();
    }

    @Test
    void the_twelve_months_to_29_february_start_on_1_march() {
        assertThat(InYearFigures.from(d("2028-02-29"))).isEqualTo(d("2027-03-01"));
        assertThat(InYearFigures.from(d("2026-03-31"))).isEqualTo(d("2025-04-01"));
        assertThat(InYearFigures.from(d("2027-02-28"))).isEqualTo(d("2026-03-01"));
    }

    @Test
    void as_at_29_february_a_start_on_1_march_the_year_before_counts_and_one_on_28_february_does_not() {
        var in = child("1", "2015-01-01", ep("2027-03-01", "S", "C2", "U1", null, null));
        var before = child("2", "2015-01-01", ep("2027-02-28", "S", "C2", "U1", "2028-02-29", "E4A"));
        var fig = InYearFigures.asAt(List.of(in, before), d("2028-02-29"), null);
        assertThat(fig.get(InYearFigures.STARTS).numerator()).isEqualTo(1);
        assertThat(fig.get(InYearFigures.CEASES).numerator()).isEqualTo(1);
        // ended on the day itself: not in care at the end of it
        assertThat(fig.get(InYearFigures.IN_CARE).numeratorChildren()).containsExactly("1");
        assertThat(fig.get(InYearFigures.IN_CARE_RATE).value()).isNull();
    }

    @Test
    void an_episode_ending_the_day_another_starts_is_one_period_and_a_change_of_placement() {
        // placement moves on 1 June and 1 September; the legal status change on 1 December keeps the carer
        var moved = child("1", "2012-05-05",
                ep("2025-01-10", "S", "C2", "U1", "2025-06-01", "X1"),
                ep("2025-06-01", "P", "C2", "U3", "2025-09-01", "X1"),
                ep("2025-09-01", "P", "C2", "U4", "2025-12-01", "X1"),
                ep("2025-12-01", "L", "C1", "U4", null, null));
        var fig = InYearFigures.asAt(List.of(moved), d("2026-03-31"), 100);
        assertThat(fig.get(InYearFigures.STARTS).numerator()).isZero();
        assertThat(fig.get(InYearFigures.CEASES).numerator()).isZero();
        assertThat(fig.get(InYearFigures.THREE_PLUS).value()).isEqualByComparingTo("100.0");
        assertThat(fig.get(InYearFigures.IN_CARE_RATE).value()).isEqualByComparingTo("100.0");
        // as at 31 August only two placements are in the 12 months
        assertThat(InYearFigures.asAt(List.of(moved), d("2025-08-31"), null).get(InYearFigures.THREE_PLUS).value())
                .isEqualByComparingTo("0.0");
        assertThat(InYearFigures.placements(moved.episodes(), d("2025-09-01"), d("2026-08-31"))).isEqualTo(2);
    }

    @Test
    void short_breaks_and_temporary_placements_are_left_out() {
        var shortBreaks = child("1", "2014-01-01", ep("2025-05-01", "S", "V3", "U1", "2025-05-03", "E8"));
        var temporary = child("2", "2014-01-01", ep("2025-05-01", "S", "C2", "T0", "2025-05-05", "X1"),
                ep("2025-05-05", "P", "C2", "U1", "2025-07-01", "X1"), ep("2025-07-01", "P", "C2", "U2", null, null));
        var fig = InYearFigures.asAt(List.of(shortBreaks, temporary), d("2026-03-31"), null);
        assertThat(fig.get(InYearFigures.STARTS).numeratorChildren()).containsExactly("2");
        assertThat(fig.get(InYearFigures.THREE_PLUS).numerator()).isZero();
        assertThat(fig.get(InYearFigures.THREE_PLUS).denominator()).isEqualTo(1);
    }

    @Test
    void missing_counts_children_looked_after_in_the_twelve_months_who_went_missing_in_them() {
        var went = ChildRecords.child("1", "A", "B", d("2010-01-01"), "M")
                .episode(ep("2024-01-01", "S", "C2", "U1", "2025-04-01", "E4A"))
                .missing(new MissingEpisode("M", d("2025-04-01"), d("2025-04-02"), null, null, false)).build();
        var away = ChildRecords.child("2", "A", "B", d("2010-01-01"), "M")
                .episode(ep("2024-01-01", "S", "C2", "U1", null, null))
                .missing(new MissingEpisode("A", d("2025-06-01"), d("2025-06-02"), null, null, false)).build();
        var fig = InYearFigures.asAt(List.of(went, away), d("2026-03-31"), null);
        // left care on 1 April 2025, the first day of the 12 months: looked after in them
        assertThat(fig.get(InYearFigures.MISSING).numeratorChildren()).containsExactly("1");
        assertThat(fig.get(InYearFigures.MISSING).value()).isEqualByComparingTo(new BigDecimal("50.0"));
    }

    @Test
    void a_care_leaver_aged_19_to_21_is_in_touch_with_a_contact_after_the_same_day_two_months_before() {
        var leaver = ChildRecords.child("1", "A", "B", d("2006-06-01"), "F")
                .episode(ep("2020-01-01", "S", "C2", "U1", "2024-06-01", "E4A"))
                .contact(new CareLeaverContact(d("2025-12-31"), "YES", "F1", "B1", false, false, null)).build();
        var atEdge = InYearFigures.asAt(List.of(leaver), d("2026-02-28"), null).get(InYearFigures.leaversInTouch(Band.AGED_19_TO_21));
        assertThat(atEdge.denominator()).isEqualTo(1);
        assertThat(atEdge.numerator()).isEqualTo(1);
        var past = InYearFigures.asAt(List.of(leaver), d("2026-03-01"), null).get(InYearFigures.leaversInTouch(Band.AGED_19_TO_21));
        assertThat(past.numerator()).isZero();
    }

    @Test
    void care_leavers_are_counted_in_the_band_of_their_age_on_the_day_as_the_care_leavers_page_counts_them() {
        // looked after from 14 to 17: eligible, then relevant when care ended at 17 (before 18), former relevant at 18
        var young = ChildRecords.child("young", "A", "B", d("2008-03-31"), "F")
                .episode(ep("2022-03-31", "S", "C2", "U1", "2025-06-01", "E4A"))
                .contact(new CareLeaverContact(d("2026-01-31"), "YES", "F1", "B1", false, false, null)).build();
        // 22 on the day: former relevant, contact refused
        var older = ChildRecords.child("older", "A", "B", d("2004-02-29"), "M")
                .episode(ep("2018-01-01", "S", "C2", "U1", "2022-02-28", "E4A"))
                .contact(new CareLeaverContact(d("2026-03-01"), "REFU", "F1", "B1", false, false, null)).build();
        // 17 but never looked after for 13 weeks since 14: not a care leaver
        var brief = child("brief", "2009-01-01", ep("2025-01-01", "S", "C2", "U1", "2025-02-01", "E4A"));
        var records = List.of(young, older, brief);
        for (var day : List.of(d("2026-03-30"), d("2026-03-31"))) {
            var fig = InYearFigures.asAt(records, day, null);
            var pageCohort = records.stream()
                    .filter(r -> CareLeaverBands.counted(org.ourpromise.timescales.CareLeaverCategory.of(r, day)))
                    .map(r -> new CareLeaverBands.Leaver(r.childId(), r.dateOfBirth(), r.careLeaverContacts(), false))
                    .toList();
            for (var band : CareLeaverBands.asAt(day, pageCohort)) {
                var v = fig.get(InYearFigures.leaversInTouch(band.band()));
                assertThat(v.denominator()).as(day + " " + band.band()).isEqualTo(band.leavers());
                assertThat(v.numerator()).as(day + " " + band.band()).isEqualTo(band.inTouch());
            }
        }
        // 17 on 30 March 2026, 18 on 31 March: 17 to 18 both days; in touch (31 January is after 30 January)
        var before = InYearFigures.asAt(records, d("2026-03-30"), null);
        assertThat(before.get(InYearFigures.leaversInTouch(Band.AGED_17_TO_18)).numeratorChildren()).containsExactly("young");
        // as at 31 March two months back is 31 January itself: no longer in touch
        var on = InYearFigures.asAt(records, d("2026-03-31"), null);
        assertThat(on.get(InYearFigures.leaversInTouch(Band.AGED_17_TO_18)).denominatorChildren()).containsExactly("young");
        assertThat(on.get(InYearFigures.leaversInTouch(Band.AGED_17_TO_18)).numerator()).isZero();
        assertThat(on.get(InYearFigures.leaversInTouch(Band.AGED_22_TO_25)).denominatorChildren()).containsExactly("older");
        assertThat(on.get(InYearFigures.leaversInTouch(Band.AGED_22_TO_25)).numerator()).isZero();
        assertThat(on.get(InYearFigures.leaversInTouch(Band.AGED_19_TO_21)).value()).isNull();
    }

    @Test
    void as_at_31_march_the_twelve_months_are_the_collection_year_and_the_counts_are_the_return_s() {
        var records = List.of(
                child("1", "2012-05-05", ep("2024-01-10", "S", "C2", "U1", "2025-06-01", "X1"),
                        ep("2025-06-01", "P", "C2", "U3", null, null)),
                child("2", "2016-02-29", ep("2025-04-01", "S", "V2", "U1", "2026-03-31", "E4A")),
                child("3", "2011-07-07", ep("2025-03-31", "S", "C2", "U1", "2025-04-01", "E13")),
                child("4", "2013-03-03", ep("2026-03-31", "S", "V2", "U1", null, null)),
                child("5", "2013-03-03", ep("2023-03-31", "S", "C2", "U1", "2025-03-31", "E4A")));
        var fig = InYearFigures.asAt(records, d("2026-03-31"), null);
        var ret = YearFigures.of(Ssda903Derivation.derive(records, 2026, 0), 2026, null).current();
        assertThat(fig.get(InYearFigures.IN_CARE).numeratorChildren()).containsExactly("1", "4");
        assertThat(fig.get(InYearFigures.STARTS).numeratorChildren()).containsExactly("2", "4");
        assertThat(fig.get(InYearFigures.CEASES).numeratorChildren()).containsExactly("2", "3");
        for (var key : List.of(InYearFigures.IN_CARE, InYearFigures.STARTS, InYearFigures.CEASES)) {
            assertThat(fig.get(key).numerator()).as(key).isEqualTo(ret.get(InYearFigures.BESIDE.get(key)).numerator());
        }
    }
}
