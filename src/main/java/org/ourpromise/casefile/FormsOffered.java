package org.ourpromise.casefile;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;

/**
 * Which recording forms the record page offers first, from the child's standing and age on the day; the rest are
 * still offered, under "Other forms", because records are sometimes entered late or for an earlier time (a visit
 * recorded the day after the child left care, a review held before the 18th birthday). One rule, so the page and
 * its tests agree:
 * <ul>
 * <li>In care: visits, placement, legal status, leaving care, reviews, plans, health, missing; a PEP from the
 * age of 2 (early years PEPs); the basis of leaving-care support from the 16th birthday (an eligible child).
 * <li>Care leaver (left care on or after the 16th birthday, while the duty is owed, decision 0086): contacts, the
 * basis of support, pathway plans; coming back into care while under 18.
 * <li>Previously looked after (left care before 16, e.g. adopted or home), not looked after, or past the end of the
 * leaving-care duty: the start of a period of care while under 18, and nothing else first.
 * </ul>
 */
public final class FormsOffered {

    /** How the child stands with the council on the day, for choosing forms. */
    public enum Standing { IN_CARE, CARE_LEAVER, DUTY_ENDED, PREVIOUSLY_LOOKED_AFTER, NOT_LOOKED_AFTER }

    /** A form's address ({@code /children/{id}/record/<path>}) and what the link says. */
    public record Form(String path, String label) {
    }

    /** The forms offered first and the others, each in the page's usual order. */
    public record Choice(Standing standing, List<Form> offered, List<Form> other) {
    }

    /** Every recording form, in the order the record page lists them. */
    public static final List<Form> ALL = List.of(
            new Form("visit", "A statutory visit"),
            new Form("period-start", "The start of a period of care"),
            new Form("placement-change", "A placement change"),
            new Form("legal-status", "A change of legal status"),
            new Form("period-end", "The end of a period of care"),
            new Form("review", "A review"),
            new Form("review-sent", "Decisions or record sent after a review"),
            new Form("plan", "A plan, assessment or IRO check"),
            new Form("health-assessment", "A health assessment, referral or check"),
            new Form("pep", "A personal education plan meeting"),
            new Form("missing-episode", "A missing episode"),
            new Form("missing-return", "A return from missing, or its interview"),
            new Form("care-leaver-contact", "A care leaver contact"),
            new Form("leaving-care-entitlement", "The basis of leaving-care support"),
            new Form("visits-plan", "A plan or agreement about visits"));

    private static final Set<String> IN_CARE = Set.of("visit", "placement-change", "legal-status", "period-end",
            "review", "review-sent", "plan", "health-assessment", "missing-episode", "missing-return", "visits-plan");

    private FormsOffered() {
    }

    /**
     * @param dutyEnds the first day the leaving-care duty is no longer owed ({@link LeavingCareDuty#ends})
     */
    public static Choice of(ChildRecord child, LocalDate today, LocalDate dutyEnds) {
        var standing = standing(child, today, dutyEnds);
        int age = Period.between(child.dateOfBirth(), today).getYears();
        var first = paths(standing, age);
        var offered = new ArrayList<Form>();
        var other = new ArrayList<Form>();
        for (var f : ALL) {
            (first.contains(f.path()) ? offered : other).add(f);
        }
        return new Choice(standing, offered, other);
    }

    static Standing standing(ChildRecord child, LocalDate today, LocalDate dutyEnds) {
        if (child.episodes().stream().anyMatch(e -> e.isOpenAt(today))) {
            return Standing.IN_CARE;
        }
        var left = child.episodes().stream().map(CareEpisode::ceased).filter(d -> d != null && !d.isAfter(today))
                .max(LocalDate::compareTo).orElse(null);
        if (left == null) {
            return Standing.NOT_LOOKED_AFTER;
        }
        boolean leftAt16 = !left.isBefore(child.dateOfBirth().plusYears(16));
        return leftAt16 && today.isBefore(dutyEnds) ? Standing.CARE_LEAVER
                : leftAt16 ? Standing.DUTY_ENDED : Standing.PREVIOUSLY_LOOKED_AFTER;
    }

    static Set<String> paths(Standing standing, int age) {
        var out = new java.util.HashSet<String>();
        switch (standing) {
            case IN_CARE -> {
                out.addAll(IN_CARE);
                if (age >= 2) {
                    out.add("pep");
                }
                if (age >= 16) {
                    out.add("leaving-care-entitlement");
                }
            }
            case CARE_LEAVER -> out.addAll(List.of("care-leaver-contact", "leaving-care-entitlement", "plan"));
            case DUTY_ENDED, PREVIOUSLY_LOOKED_AFTER, NOT_LOOKED_AFTER -> { }
        }
        if (standing != Standing.IN_CARE && age < 18) {
            out.add("period-start");
        }
        return out;
    }
}
