package org.ourpromise.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;

/**
 * Everything that happened to a child, newest first, in words a child could be shown. Codes are
 * explained with the code list of the collection year the event falls in.
 */
public final class Chronology {

    private Chronology() {
    }

    public static List<ChronologyEntry> of(ChildRecord child) {
        return of(child, new org.ourpromise.staff.WorkerNames(java.util.Map.of()));
    }

    /** The chronology with workers shown by name ({@code names}), not by worker id. */
    public static List<ChronologyEntry> of(ChildRecord child, org.ourpromise.staff.WorkerNames names) {
        var entries = new ArrayList<ChronologyEntry>();
        // added in this order, so that on one day the order of kinds below holds after the sort
        episodes(child, entries);
        reviewsHealthAndEducation(child, entries);
        missing(child, entries);
        careLeaverContacts(child, entries);
        adoption(child, entries);
        allocationsVisitsAndPlans(child, names, entries);
        // Newest first; on one day, coming into care comes before what follows it (allocations, plans).
        entries.sort(Comparator.comparing(ChronologyEntry::date).thenComparing(Chronology::orderInDay).reversed());
        return entries;
    }

    /**
     * The chronology with each correction and withdrawal beside the event's date: "corrected on ... by ...
     * because ...", with the version it replaced, so nothing entered is lost from the child's story.
     */
    public static List<ChronologyEntry> withCorrections(List<ChronologyEntry> entries,
            List<Corrections.Correction> corrections) {
        var all = new ArrayList<>(entries);
        for (var c : corrections) {
            String what = Character.toUpperCase(c.kind().charAt(0)) + c.kind().substring(1);
            all.add(new ChronologyEntry(c.eventDate(), "Correction", what + (c.withdrawn() ? " withdrawn" : " corrected"),
                    c.sentence()));
        }
        all.sort(Comparator.comparing(ChronologyEntry::date).thenComparing(Chronology::orderInDay).reversed());
        return all;
    }

    private static void reviewsHealthAndEducation(ChildRecord child, List<ChronologyEntry> entries) {
        for (var r : child.reviews()) {
            entries.add(new ChronologyEntry(r.date(), "Review", "Review of arrangements held",
                    label(CodeList.REVIEW_CODE, r.participation(), r.date())));
        }
        for (var h : child.health()) {
            entries.add(new ChronologyEntry(h.date(), "Health", HealthWords.title(h),
                    h.fromReturn() ? "From the SSDA903 return: the exact date was not recorded" : HealthWords.detail(h)));
        }
        for (var e : child.education()) {
            entries.add(new ChronologyEntry(e.date(), "Education",
                    e.kind() == org.ourpromise.record.EducationEvent.Kind.PEP_MEETING ? "Personal education plan meeting"
                            : "Started at a new school", e.detail() == null ? "" : e.detail()));
        }
    }

    private static void missing(ChildRecord child, List<ChronologyEntry> entries) {
        for (var m : child.missing()) {
            String what = m.type().equals("M") ? "Missing from placement" : "Away from placement without permission";
            entries.add(new ChronologyEntry(m.started(), "Missing", what,
                    m.ended() == null ? "Not yet returned" : "Returned " + Ssda903Dates.format(m.ended())));
            if (m.interviewHeld() != null) {
                entries.add(new ChronologyEntry(m.interviewHeld(), "Missing", "Return home interview held", ""));
            }
        }
    }

    private static void careLeaverContacts(ChildRecord child, List<ChronologyEntry> entries) {
        for (var c : child.careLeaverContacts()) {
            entries.add(new ChronologyEntry(c.date(), "Care leaver",
                    c.inTouch().equals("YES") ? "In touch with the leaving care team" : "Contact: "
                            + label(CodeList.IN_TOUCH, c.inTouch(), c.date()),
                    "Activity: " + label(CodeList.ACTIV, c.activity(), c.date()) + ". Accommodation: "
                            + AccommodationWords.describe(c.accommodation(), c.date())
                            + (c.pathwayPlanReviewed() ? ". Pathway plan reviewed" : "")));
        }
    }

    private static void adoption(ChildRecord child, List<ChronologyEntry> entries) {
        for (var d : child.adoptionDecisions()) {
            entries.add(new ChronologyEntry(d.decided(), "Adoption", "Decision that the child should be placed for adoption", ""));
            if (d.reversed() != null) {
                entries.add(new ChronologyEntry(d.reversed(), "Adoption", "Decision to place for adoption reversed",
                        d.reversalReason() == null ? "" : label(CodeList.REASON_PLACED_CEASED, d.reversalReason(), d.reversed())));
            }
        }
        if (child.adoption() != null && child.adoption().matched() != null) {
            entries.add(new ChronologyEntry(child.adoption().matched(), "Adoption", "Matched with adopters", ""));
        }
    }

    private static void allocationsVisitsAndPlans(ChildRecord child, org.ourpromise.staff.WorkerNames names,
            List<ChronologyEntry> entries) {
        for (var a : child.allocations()) {
            entries.add(new ChronologyEntry(a.from(), "Allocation", roleWords(a.role()) + " allocated",
                    names.of(a.workerId()) + ", " + a.team() + (a.to() == null ? "" : ", until " + a.to())));
        }
        for (var v : child.visits()) {
            entries.add(new ChronologyEntry(v.date(), "Visit", "Visited by " + names.of(v.workerId()),
                    v.seenAlone() ? "Seen alone" : "Not seen alone"));
        }
        for (var p : child.plans()) {
            entries.add(new ChronologyEntry(p.date(), "Plan", PlanWords.title(p.kind()), PlanWords.detail(p)));
        }
    }

    private static void episodes(ChildRecord child, List<ChronologyEntry> entries) {
        CareEpisode previous = null;
        for (var e : child.episodes()) {
            String placement = label(CodeList.PLACE, e.placement(), e.started());
            String legal = label(CodeList.LS, e.legalStatus(), e.started());
            String title = switch (e.reasonNewEpisode()) {
                case "S" -> "Came into care";
                case "L" -> "Legal status changed";
                case "P", "T" -> "Moved placement";
                default -> "Legal status and placement changed";
            };
            if (previous != null && previous.ceased() != null && !previous.ceased().equals(e.started())
                    && !e.reasonNewEpisode().equals("S")) {
                title = "Episode of care began";
            }
            entries.add(new ChronologyEntry(e.started(), "Care", title, legal + "; " + placement));
            if (e.ceased() != null && e.reasonCeased() != null && !e.reasonCeased().equals("X1")) {
                entries.add(new ChronologyEntry(e.ceased(), "Care", "Left care",
                        label(CodeList.REC, e.reasonCeased(), e.ceased())));
            }
            previous = e;
        }
    }

    private static int orderInDay(ChronologyEntry e) {
        if (e.title().equals("Left care")) {
            return 2;
        }
        return e.category().equals("Care") ? 0 : 1;
    }

    static String label(CodeList list, String code, java.time.LocalDate when) {
        return list.label(code, Ssda903Dates.collectionYearOf(when));
    }

    static String roleWords(org.ourpromise.record.Allocation.Role role) {
        return switch (role) {
            case SOCIAL_WORKER -> "Social worker";
            case INDEPENDENT_REVIEWING_OFFICER -> "Independent reviewing officer";
            case PERSONAL_ADVISER -> "Personal adviser";
        };
    }
}
