package org.ourpromise.casefile;

import java.util.List;
import org.ourpromise.record.PlanEvent;

/** Plain words for plan events. */
public final class PlanWords {

    private PlanWords() {
    }

    public static String title(PlanEvent.Kind kind) {
        return switch (kind) {
            case CARE_PLAN -> "Care plan written";
            case PLACEMENT_NOTIFICATION -> "Placement notification sent";
            case PERMANENCE_PLAN -> "Permanence plan agreed";
            case NEEDS_ASSESSMENT -> "Needs assessment at 16 completed";
            case PATHWAY_PLAN -> "Pathway plan written";
            case LONG_TERM_PLACEMENT_AGREED -> "Placement agreed as long-term";
            case CONNECTED_PERSON_TEMPORARY_APPROVAL -> "Relative or friend temporarily approved as foster carer";
            case CONNECTED_PERSON_APPROVED -> "Relative or friend approved as foster carer";
            case CHILD_AGREED_SIX_MONTHLY_VISITS -> "Agreed to visits up to 6 months apart";
            case CHILD_AGREEMENT_WITHDRAWN -> "Withdrew agreement to visits up to 6 months apart";
            case SHORT_BREAK_VISITS_AGREED -> "Visits during short breaks agreed";
            case IRO_MIDWAY_CHECK -> "IRO's midway check between reviews";
        };
    }

    /** What the event means for visits, where it changes them; the agreed interval for short breaks. */
    public static String detail(PlanEvent event) {
        if (event.kind() == PlanEvent.Kind.SHORT_BREAK_VISITS_AGREED && event.intervalWeeks() != null) {
            int n = event.intervalWeeks();
            return "A visit on a day of a short break at least every " + (n == 1 ? "week" : n + " weeks");
        }
        return effect(event.kind());
    }

    /** The kinds a social worker records on the visits form, in the order offered. */
    public static final List<PlanEvent.Kind> ABOUT_VISITS = List.of(PlanEvent.Kind.LONG_TERM_PLACEMENT_AGREED,
            PlanEvent.Kind.CONNECTED_PERSON_TEMPORARY_APPROVAL, PlanEvent.Kind.CONNECTED_PERSON_APPROVED,
            PlanEvent.Kind.CHILD_AGREED_SIX_MONTHLY_VISITS, PlanEvent.Kind.CHILD_AGREEMENT_WITHDRAWN,
            PlanEvent.Kind.SHORT_BREAK_VISITS_AGREED);

    /** The kinds recorded on the plans form, in the order offered. */
    public static final List<PlanEvent.Kind> ON_THE_PLAN_FORM = List.of(PlanEvent.Kind.CARE_PLAN,
            PlanEvent.Kind.PLACEMENT_NOTIFICATION, PlanEvent.Kind.PERMANENCE_PLAN, PlanEvent.Kind.NEEDS_ASSESSMENT,
            PlanEvent.Kind.PATHWAY_PLAN, PlanEvent.Kind.IRO_MIDWAY_CHECK);

    /** The deadline a kind on the plans form meets, in words, for its hint. */
    public static String deadline(PlanEvent.Kind kind) {
        return switch (kind) {
            case CARE_PLAN -> "Before the first placement, or within 10 working days of it";
            case PLACEMENT_NOTIFICATION -> "Before a placement starts, or within 5 working days in an emergency";
            case PERMANENCE_PLAN -> "In the care plan by the second review";
            case NEEDS_ASSESSMENT -> "Within 3 months of the 16th birthday, or of becoming eligible after it";
            case PATHWAY_PLAN -> "Written after the needs assessment, then reviewed at least every 6 months";
            case IRO_MIDWAY_CHECK -> "The independent reviewing officer's check halfway between reviews";
            default -> "";
        };
    }

    /** What a kind of event means for visits (reg 28, reg 48), or blank when it changes nothing. */
    public static String effect(PlanEvent.Kind kind) {
        return switch (kind) {
            case LONG_TERM_PLACEMENT_AGREED -> "After the first year of the placement, visits at least every 3 months";
            case CONNECTED_PERSON_TEMPORARY_APPROVAL ->
                "Visits every week until the first review, then at least every 4 weeks, until the carer is approved";
            case CONNECTED_PERSON_APPROVED -> "Visits as for any foster placement from the next visit";
            case CHILD_AGREED_SIX_MONTHLY_VISITS ->
                "After the first year of this long-term placement, visits at least every 6 months";
            case CHILD_AGREEMENT_WITHDRAWN -> "Visits at least every 3 months again from the next visit";
            case SHORT_BREAK_VISITS_AGREED -> "A visit on a day of a short break, at the interval agreed";
            default -> "";
        };
    }
}
