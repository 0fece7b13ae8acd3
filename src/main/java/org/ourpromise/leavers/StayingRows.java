package org.ourpromise.leavers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.children.ChildRegister;
import org.springframework.stereotype.Component;

/**
 * Every Staying Put and Staying Close arrangement as at a day, with the young person's name, the support to the
 * former foster carer payable that week and paid in the financial year to the day (both stopping at 21), and the
 * council's next monitoring due while the arrangement lasts; and the counts by kind.
 */
@Component
class StayingRows {

    /** One arrangement on the day. */
    record Row(LeavingCareOffer.StayingArrangement a, String name, LocalDate dateOfBirth, boolean current,
            BigDecimal weeklySupport, BigDecimal supportThisYear, @Nullable LocalDate monitoringDue) {

        public String childId() {
            return a.childId();
        }

        public boolean overdueOn(LocalDate day) {
            return monitoringDue != null && monitoringDue.isBefore(day);
        }
    }

    /** Per kind on the day: current, started and ended in the financial year, weekly sums and the year's support. */
    record Count(LeavingCareOffer.Kind kind, int current, int startedThisYear, int endedThisYear,
            BigDecimal weeklyCost, BigDecimal weeklySupport, BigDecimal supportThisYear, int monitoringOverdue) {
    }

    private final LeavingCareOffer offer;
    private final ChildRegister register;
    private final StayingSettings settings;

    StayingRows(LeavingCareOffer offer, ChildRegister register, StayingSettings settings) {
        this.offer = offer;
        this.register = register;
        this.settings = settings;
    }

    List<Row> on(LocalDate day) {
        var children = register.children(null);
        var yearStart = StayingArrangementController.yearStart(day);
        var rows = new ArrayList<Row>();
        for (var a : offer.arrangements(null)) {
            var child = children.get(a.childId());
            if (child == null) {
                continue;
            }
            var dob = child.identity().dateOfBirth();
            boolean current = a.isCurrentOn(day);
            rows.add(new Row(a, child.identity().givenName() + " " + child.identity().familyName(), dob, current,
                    current ? StayingArrangements.weeklySupportOn(a, dob, day) : BigDecimal.ZERO,
                    StayingArrangements.supportBetween(a, dob, yearStart, day.plusDays(1)),
                    current ? StayingArrangements.monitoringDue(a, settings.monitoringMonths()) : null));
        }
        return rows;
    }

    static List<Count> counts(List<Row> rows, LocalDate day) {
        var yearStart = StayingArrangementController.yearStart(day);
        var out = new ArrayList<Count>();
        for (var kind : LeavingCareOffer.Kind.values()) {
            var of = rows.stream().filter(r -> r.a().kind() == kind).toList();
            var current = of.stream().filter(Row::current).toList();
            out.add(new Count(kind, current.size(),
                    (int) of.stream().filter(r -> within(r.a().started(), yearStart, day)).count(),
                    (int) of.stream().filter(r -> r.a().ended() != null && within(r.a().ended(), yearStart, day)).count(),
                    sum(current.stream().map(r -> r.a().weeklyCost()).toList()),
                    sum(current.stream().map(Row::weeklySupport).toList()),
                    sum(of.stream().map(Row::supportThisYear).toList()),
                    (int) current.stream().filter(r -> r.overdueOn(day)).count()));
        }
        return out;
    }

    /** Current arrangements by child whose monitoring is due by the day given. */
    Map<String, List<Row>> dueBy(LocalDate today, LocalDate by) {
        var map = new LinkedHashMap<String, List<Row>>();
        on(today).stream().filter(r -> r.monitoringDue() != null && !r.monitoringDue().isAfter(by))
                .forEach(r -> map.computeIfAbsent(r.childId(), k -> new ArrayList<>()).add(r));
        return map;
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate day) {
        return !d.isBefore(from) && !d.isAfter(day);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
