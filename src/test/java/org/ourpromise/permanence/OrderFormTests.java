package org.ourpromise.permanence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order form's dates, worked by hand at their edges (Special Guardianship Regulations 2005, regs 11-14). */
class OrderFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate BORN = LocalDate.of(2016, 2, 29);

    private static void date(Map<String, String> p, String name, String iso) {
        if (iso.isEmpty()) {
            return;
        }
        var d = LocalDate.parse(iso);
        p.put(name + "-day", String.valueOf(d.getDayOfMonth()));
        p.put(name + "-month", String.valueOf(d.getMonthValue()));
        p.put(name + "-year", String.valueOf(d.getYear()));
    }

    @ParameterizedTest(name = "assessed {0}, plan {1}, made {2}, allowance from {3}: problem in {4}")
    @CsvSource(nullValues = "none", value = {
        // the plan on the day of the assessment, the order the same day, the allowance from the order: all right
        "2026-03-31, 2026-03-31, 2026-03-31, 2026-03-31, none",
        "2026-03-31, 2026-03-30, 2026-04-01, 2026-04-01, supportPlanOn",
        "2026-03-01, 2026-03-02, 2026-03-01, 2026-03-01, madeOn",
        "2026-03-01, 2026-03-02, 2026-03-02, 2026-03-01, allowanceFrom",
        // born 29 February 2016: an assessment the day before is refused
        "2016-02-28, 2026-03-02, 2026-03-02, 2026-03-02, assessedOn",
        "2016-02-29, 2026-03-02, 2026-03-02, 2026-03-02, none",
        // in the future
        "2026-11-22, 2026-11-22, 2026-11-23, 2026-11-23, madeOn"})
    void theAssessmentAndPlanComeBeforeTheOrderAndTheAllowanceAfterIt(String assessed, String plan, String made,
            String from, String problem) {
        var p = new HashMap<String, String>(Map.of("kind", "SGO", "carers", "Grandparents", "supportPlan",
                "Allowance and respite", "allowance", "150"));
        date(p, "assessedOn", assessed);
        date(p, "supportPlanOn", plan);
        date(p, "madeOn", made);
        date(p, "allowanceFrom", from);
        var read = OrderForm.read(p, "C1", null, BORN, TODAY);
        if (problem == null) {
            assertThat(read.errors()).isEmpty();
            assertThat(read.order()).isNotNull();
        } else {
            assertThat(read.errors()).containsKey(problem);
            assertThat(read.order()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}: the assessment and plan are required for special guardianship only")
    @CsvSource({"SGO, true", "CAO, false"})
    void theAssessmentAndSupportPlanAreForSpecialGuardianship(String kind, boolean refused) {
        var read = OrderForm.read(new HashMap<>(Map.of("kind", kind, "carers", "Aunt")), "C1", null, BORN, TODAY);
        assertThat(read.errors().containsKey("assessedOn")).isEqualTo(refused);
        assertThat(read.errors().containsKey("supportPlan")).isEqualTo(refused);
    }

    @ParameterizedTest(name = "allowance {0} to {1}: paid on 31 March 2026 {2}")
    @CsvSource(nullValues = "none", value = {"2026-03-31, none, true", "2026-04-01, none, false",
        "2025-04-01, 2026-03-31, true", "2025-04-01, 2026-03-30, false"})
    void theAllowanceIsPaidFromItsFirstDayToItsLast(LocalDate from, LocalDate to, boolean paid) {
        var order = new PermanenceOrder(1, "C1", PermanenceOrder.Kind.CAO, "Aunt", null, null, null, from,
                java.math.BigDecimal.TEN, from, to, 0);
        assertThat(order.allowancePaidOn(LocalDate.of(2026, 3, 31))).isEqualTo(paid);
    }
}
