package org.ourpromise.recordsrequests;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.ChronologyEntry;
import org.ourpromise.record.ChildRecord;

/**
 * The whole of a child's record laid out for the records officer to review before anything is disclosed: every
 * entry of the chronology, where the child lived, and each piece of other people's information marked for
 * redaction (carers' and the family's addresses, the young person's own child), with what was withheld and why.
 * A working draft, never sent as it is.
 */
public record DisclosureDocument(RecordsRequest request, ChildRecord child, List<Line> chronology, List<Place> places,
        List<String> thirdParties, List<Withheld> withheld, String preparedOn) {

    /** A chronology entry, and why it must be checked before disclosure (null: nothing to check). */
    public record Line(String date, String category, String title, String detail, @Nullable String check) {
    }

    /** Where the child lived, with the postcodes that identify other people marked. */
    public record Place(String from, String to, String placement, @Nullable String placementPostcode,
            @Nullable String homePostcode) {
    }

    static DisclosureDocument of(RecordsRequest request, ChildRecord child, List<ChronologyEntry> entries,
            List<Withheld> withheld, java.time.LocalDate today) {
        var lines = new ArrayList<Line>();
        for (var e : entries) {
            lines.add(new Line(RequestWords.day(e.date()), e.category(), e.title(), e.detail(), check(e)));
        }
        var places = new ArrayList<Place>();
        for (var e : child.episodes()) {
            places.add(new Place(RequestWords.day(e.started()), e.ceased() == null ? "now" : RequestWords.day(e.ceased()),
                    org.ourpromise.returns.CodeList.PLACE.label(e.placement(),
                            org.ourpromise.returns.Ssda903Dates.collectionYearOf(e.started())),
                    e.placementPostcode(), e.homePostcode()));
        }
        var thirdParties = new ArrayList<String>();
        if (child.episodes().stream().anyMatch(e -> e.placementPostcode() != null)) {
            thirdParties.add("Placement postcodes identify where carers live: redact unless the requester already knows them.");
        }
        if (child.episodes().stream().anyMatch(e -> e.homePostcode() != null)) {
            thirdParties.add("Home postcodes are the family's address: redact when the requester is not the family.");
        }
        if (child.identity().childsBirth() != null) {
            thirdParties.add("The young person's own child's date of birth is that child's information: redact "
                    + "unless the young person is the requester.");
        }
        return new DisclosureDocument(request, child, lines, places, thirdParties, withheld, RequestWords.day(today));
    }

    /** Entries that can name or place other people: carers, adopters, family. */
    private static @Nullable String check(ChronologyEntry e) {
        return switch (e.category()) {
            case "Care" -> "May identify carers or family: check before disclosure";
            case "Adoption" -> "Adoption: not disclosed through this route";
            case "Missing" -> "May name other people: check before disclosure";
            default -> null;
        };
    }

    public String title() {
        return "Records of " + child.identity().fullName() + " for review before disclosure (" + request.reference() + ")";
    }
}
