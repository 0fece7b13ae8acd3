package org.ourpromise.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.ourpromise.education.AdviceRequest;
import org.ourpromise.education.AdviceRequestBook;
import org.ourpromise.education.AttainmentStore;
import org.ourpromise.education.FinancialYear;
import org.ourpromise.education.Result;
import org.ourpromise.education.SchoolYear;
import org.ourpromise.education.PupilPremium;
import org.ourpromise.education.PupilPremiumLedger;
import org.ourpromise.education.PupilPremiumPayment;
import org.ourpromise.education.SchoolHistory;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.EducationEvent;
import org.springframework.stereotype.Component;

/**
 * The demo council's Pupil Premium Plus, from a random stream of its own: for this financial year and the last,
 * termly payments to each eligible child's school against their latest PEP, some terms missed, never more than is
 * left of the child's allocation; requests for advice about previously looked-after children; and last school
 * year's results for the children then in Reception, Year 6 and Year 11. Runs after {@link DemoVirtualSchool} has put the children on roll.
 */
@Component
class DemoPupilPremium {

    private static final String[] PURPOSES = {"One-to-one reading tuition for a term",
        "Small-group maths sessions twice a week", "Emotional literacy support assistant sessions",
        "Laptop and software for homework", "Music lessons the child asked for at the PEP",
        "Transition support visits to the new school", "Speech and language therapy sessions",
        "Mentoring with a key adult, weekly"};

    private final PupilPremiumLedger ledger;
    private final SchoolHistory history;
    private final AdviceRequestBook advice;
    private final AttainmentStore attainment;

    DemoPupilPremium(PupilPremiumLedger ledger, SchoolHistory history, AdviceRequestBook advice,
            AttainmentStore attainment) {
        this.attainment = attainment;
        this.advice = advice;
        this.ledger = ledger;
        this.history = history;
    }

    void add(List<ChildRecord> council, LocalDate today, long seed) {
        var random = new SplittableRandom(seed ^ 0x9917_0001L);
        var placements = history.placements(null);
        var payments = new ArrayList<PupilPremiumPayment>();
        var now = FinancialYear.of(today);
        for (var child : council) {
            var onRoll = placements.getOrDefault(child.childId(), List.of());
            var peps = child.education().stream().filter(e -> e.kind() == EducationEvent.Kind.PEP_MEETING)
                    .map(EducationEvent::date).sorted().toList();
            if (onRoll.isEmpty() || peps.isEmpty()) {
                continue;
            }
            for (var year : List.of(new FinancialYear(now.startYear() - 1), now)) {
                pay(child, year, onRoll, peps, today, random, payments);
            }
        }
        ledger.addAll(payments, "demo");
        addRequests(today, random);
        addResults(council, today, new SplittableRandom(seed ^ 0xA77A_1001L));
    }

    /** Termly payments for one child and year, some terms missed, never more than is left. */
    private void pay(ChildRecord child, FinancialYear year, List<org.ourpromise.education.SchoolPlacement> onRoll,
            List<LocalDate> peps, LocalDate today, SplittableRandom random, List<PupilPremiumPayment> payments) {
        var allocation = PupilPremium.allocation(child.childId(), child.dateOfBirth(), child.episodes(), year,
                ledger.settings(), List.of());
        if (!allocation.eligible()) {
            return;
        }
        var left = allocation.allocation();
        for (var term : List.of(year.first().plusDays(30), LocalDate.of(year.startYear(), 10, 1),
                LocalDate.of(year.startYear() + 1, 1, 15))) {
            var paidOn = term.plusDays(random.nextInt(20));
            var pep = peps.stream().filter(d -> !d.isAfter(paidOn)).max(Comparator.naturalOrder());
            var school = onRoll.stream().filter(p -> p.isCurrentOn(paidOn)).findFirst();
            if (paidOn.isAfter(today) || pep.isEmpty() || school.isEmpty() || random.nextDouble() < 0.25) {
                continue;
            }
            var amount = left.multiply(BigDecimal.valueOf(0.3 + random.nextDouble() * 0.4))
                    .divide(BigDecimal.valueOf(5), 0, java.math.RoundingMode.DOWN).multiply(BigDecimal.valueOf(5));
            if (amount.signum() <= 0) {
                continue;
            }
            left = left.subtract(amount);
            payments.add(new PupilPremiumPayment(0, child.childId(), school.get().urn(), pep.get(), paidOn, amount,
                    PURPOSES[random.nextInt(PURPOSES.length)]));
        }
    }

    /** Last school year's results for the children looked after then in Reception, Year 6 and Year 11. */
    private void addResults(List<ChildRecord> council, LocalDate today, SplittableRandom random) {
        var year = new SchoolYear(SchoolYear.of(today).startYear() - 1);
        var results = new ArrayList<Result>();
        for (var child : council) {
            if (child.episodes().stream().noneMatch(e -> !e.isShortBreak() && e.isOpenAt(year.last().minusMonths(5)))) {
                continue;
            }
            int group = year.yearGroup(child.dateOfBirth());
            String id = child.childId();
            if (group == 0) {
                results.add(new Result(id, year.startYear(), Result.KeyStage.EYFS, random.nextDouble() < 0.45, null,
                        null, null, null, null));
            } else if (group == 6) {
                results.add(new Result(id, year.startYear(), Result.KeyStage.KS2, null, random.nextDouble() < 0.36,
                        null, null, null, null));
            } else if (group == 11) {
                double a8 = Math.max(0, Math.min(90, 21 + random.nextGaussian() * 12));
                boolean em94 = a8 > 30 && random.nextDouble() < 0.75;
                boolean em95 = em94 && a8 > 38 && random.nextDouble() < 0.6;
                results.add(new Result(id, year.startYear(), Result.KeyStage.KS4, null, null,
                        BigDecimal.valueOf(a8).setScale(1, java.math.RoundingMode.HALF_UP), null, em94, em95));
            }
        }
        attainment.store(results, "demo data");
    }

    private static final String[] SUBJECTS = {"Choosing a secondary school after adoption",
        "How the school is using its Pupil Premium Plus", "Support for an EHC needs assessment",
        "Attachment-aware training for the class teacher", "A managed move after suspensions",
        "Transition to Reception for a child on a special guardianship order"};

    /** Previously looked-after children: a few requests for advice a month over the last year, most answered. */
    private void addRequests(LocalDate today, SplittableRandom random) {
        for (var asked = today.minusYears(1); asked.isBefore(today); asked = asked.plusDays(4 + random.nextInt(14))) {
            double who = random.nextDouble();
            var by = who < 0.5 ? AdviceRequest.AskedBy.PARENT : who < 0.85 ? AdviceRequest.AskedBy.SCHOOL
                    : AdviceRequest.AskedBy.OTHER;
            var answered = asked.plusDays(1 + random.nextInt(20));
            advice.add(new AdviceRequest(0, by, null, SUBJECTS[random.nextInt(SUBJECTS.length)], asked,
                    answered.isAfter(today) ? null : answered, 0), "demo");
        }
    }
}
