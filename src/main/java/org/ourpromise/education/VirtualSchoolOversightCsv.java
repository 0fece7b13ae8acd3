package org.ourpromise.education;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the Virtual School worklist's oversight tables as CSV (PEPs to rate, remedial actions due,
 * suspensions and exclusions, Pupil Premium Plus not being spent), chosen and ordered as on the page
 * ({@link VirtualSchoolTables}). A restricted record not open to the user is "Restricted" with its ID only.
 */
final class VirtualSchoolOversightCsv {

    private static final String RESTRICTED = "Restricted";

    private VirtualSchoolOversightCsv() {
    }

    /** Adds the table's rows and the children in it; returns its header. */
    static List<String> table(String table, List<VirtualSchool.Pupil> cohort, Set<String> hidden, @Nullable String sort,
            @Nullable String order, List<List<String>> rows, List<String> children, VirtualSchoolOversight oversight,
            PupilPremiumLedger pupilPremium, LocalDate today) {
        return switch (table) {
            case "peps-to-rate" -> {
                var quality = oversight.pepQuality(cohort, today);
                for (var l : VirtualSchoolTables.pepsToRateColumns(hidden)
                        .sorted(VirtualSchoolOversight.pepLines(cohort, quality.awaitingRating()), sort, order)) {
                    children.add(l.pupil().childId());
                    rows.add(List.of(l.pupil().childId(), name(l.pupil().childId(), l.pupil().name(), hidden),
                            l.pep().held().toString(), l.pep().content() == null ? "No" : "Yes"));
                }
                yield List.of("Child ID", "Name", "Meeting", "Written up");
            }
            case "remedial" -> {
                var quality = oversight.pepQuality(cohort, today);
                for (var l : VirtualSchoolTables.remedialColumns(hidden)
                        .sorted(VirtualSchoolOversight.pepLines(cohort, quality.remedialDue()), sort, order)) {
                    children.add(l.pupil().childId());
                    var q = l.pep().quality();
                    boolean restricted = hidden.contains(l.pupil().childId());
                    rows.add(List.of(l.pupil().childId(), name(l.pupil().childId(), l.pupil().name(), hidden),
                            q.remedialBy() == null ? "" : q.remedialBy().toString(), q.rating().words(),
                            restricted || q.remedialAction() == null ? "" : q.remedialAction()));
                }
                yield List.of("Child ID", "Name", "Due", "Rating", "Remedial action");
            }
            case "excluded" -> excluded(cohort, hidden, sort, order, rows, children, oversight, today);
            default -> unspent(hidden, sort, order, rows, children, pupilPremium, today);
        };
    }

    private static List<String> excluded(List<VirtualSchool.Pupil> cohort, Set<String> hidden, @Nullable String sort,
            @Nullable String order, List<List<String>> rows, List<String> children, VirtualSchoolOversight oversight,
            LocalDate today) {
        for (var x : VirtualSchoolTables.excludedColumns(hidden).sorted(oversight.excluded(cohort, today), sort, order)) {
            children.add(x.pupil().childId());
            boolean restricted = hidden.contains(x.pupil().childId());
            rows.add(List.of(x.pupil().childId(), name(x.pupil().childId(), x.pupil().name(), hidden),
                    restricted ? "" : x.pupil().yearGroupWords(),
                    restricted ? "" : String.valueOf(x.figures().suspensions()),
                    restricted ? "" : x.figures().daysWords(),
                    restricted ? "" : String.valueOf(x.figures().permanent())));
        }
        return List.of("Child ID", "Name", "Year group", "Suspensions", "School days", "Permanent exclusions");
    }

    private static List<String> unspent(Set<String> hidden, @Nullable String sort, @Nullable String order,
            List<List<String>> rows, List<String> children, PupilPremiumLedger pupilPremium, LocalDate today) {
        for (var u : VirtualSchoolTables.unspentColumns(hidden).sorted(pupilPremium.unspent(today), sort, order)) {
            children.add(u.childId());
            boolean restricted = hidden.contains(u.childId());
            rows.add(List.of(u.childId(), name(u.childId(), u.name(), hidden),
                    restricted || u.lastPaid() == null ? "" : u.lastPaid().toString(),
                    restricted ? "" : u.allocation().left().toPlainString()));
        }
        return List.of("Child ID", "Name", "Last paid", "Left (£)");
    }

    private static String name(String childId, String name, Set<String> hidden) {
        return hidden.contains(childId) ? RESTRICTED : name;
    }
}
