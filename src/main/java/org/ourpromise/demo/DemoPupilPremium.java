package org.ourpromise.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.ourpromise.education.AdviceRequest;
import org.ourpromise.education.AdviceRequestBook;
import org.ourpromise.education.FinancialYear;
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
 * left of the child's allocation. Runs after {@link DemoVirtualSchool} has put the children on roll.
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

    DemoPupilPremium(PupilPremiumLedger ledger, SchoolHistory history, AdviceRequestBook advice) {
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
                var allocation = PupilPremium.allocation(child.childId(), child.dateOfBirth(), child.episodes(), year,
                        ledger.settings(), List.of());
                if (!allocation.eligible()) {
                    continue;
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
                    payments.add(new PupilPremiumPayment(0, child.childId(), school.get().urn(), pep.get(), paidOn,
                            amount, PURPOSES[random.nextInt(PURPOSES.length)]));
                }
            }
        }
        ledger.addAll(payments, "demo");
        addRequests(today, random);
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
