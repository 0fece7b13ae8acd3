package org.ourpromise.returns.derivation;

import org.ourpromise.returns.Ssda903Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.AdoptionDecision;
import org.ourpromise.record.AdoptionOrder;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.DeprivationOfLiberty;
import org.ourpromise.record.HealthEvent;
import org.ourpromise.record.Identity;
import org.ourpromise.record.MissingEpisode;
import org.ourpromise.record.PreviousPermanence;
import org.ourpromise.record.ReviewHeld;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Row;
import org.ourpromise.returns.Ssda903Table;

/**
 * Reads a return back into records, one per Header child. The 903 does not carry every fact of the
 * record, so what it lacks gets an honest default: no names (empty), no NHS number, no team, no
 * interview dates; OC2 answers become health events and OC3 answers a care-leaver contact, all
 * marked as from the return and dated on the day they report on (31 March, or the birthday).
 * Rows that cannot become a record fact (an unreadable date, an episode ending before it starts, a
 * child missing from Header) are left out; the validator reports them.
 */
public final class RecordsFromReturn {

    private final CollectionSpan span;
    private final Map<String, ChildUnderConstruction> children = new LinkedHashMap<>();

    private RecordsFromReturn(int year) {
        this.span = CollectionSpan.of(year, 0);
    }

    public static List<ChildRecord> toRecords(Ssda903Return ret, int year) {
        var reader = new RecordsFromReturn(year);
        for (var row : ret.rows(Ssda903Table.HEADER)) {
            reader.header(row);
        }
        for (var row : ret.rows(Ssda903Table.UASC)) {
            reader.child(row).ifPresent(c -> c.uascUntil = orElse(date(row, "DUC"), ChildRecord.UASC_ONGOING));
        }
        for (var table : Ssda903Table.values()) {
            if (table != Ssda903Table.HEADER && table != Ssda903Table.UASC) {
                for (var row : ret.rows(table)) {
                    reader.child(row).ifPresent(c -> reader.read(c, row));
                }
            }
        }
        var records = new ArrayList<ChildRecord>(reader.children.size());
        for (var c : reader.children.values()) {
            records.add(c.build());
        }
        return records;
    }

    private void header(Ssda903Row row) {
        LocalDate dob = date(row, "DOB");
        if (dob == null || children.containsKey(row.child())) {
            return;
        }
        // No names, NHS number or disability in the 903: empty names are shown as "not recorded".
        var identity = new Identity("", "", dob, sexOf(row.get("SEX")), row.get("ETHNIC"), blankToNull(row.get("UPN")),
                null, motherOf(row.get("MOTHER")), date(row, "MC_DOB"), false);
        children.put(row.child(), new ChildUnderConstruction(row.child(), identity));
    }

    private java.util.Optional<ChildUnderConstruction> child(Ssda903Row row) {
        return java.util.Optional.ofNullable(children.get(row.child()));
    }

    private void read(ChildUnderConstruction c, Ssda903Row row) {
        switch (row.table()) {
            case EPISODES -> episode(c, row);
            case REVIEWS -> when(date(row, "REVIEW"), d -> c.reviews.add(new ReviewHeld(d, row.get("REVIEW_CODE"), null, null)));
            case OC2 -> c.health.addAll(HealthFromOc2.events(row, span.end()));
            case OC3 -> careLeaver(c, row);
            case AD1 -> when(date(row, "DATE_INT"), d -> c.adoption = new AdoptionOrder(d, date(row, "DATE_MATCH"),
                    "1".equals(row.get("FOSTER_CARE")), row.get("NB_ADOPTR"), row.get("SEX_ADOPTR"), row.get("LS_ADOPTR")));
            case PLACED_ADOPTION -> when(date(row, "DATE_PLACED"), d -> c.adoptionDecisions.add(new AdoptionDecision(d,
                    date(row, "DATE_PLACED_CEASED"), blankToNull(row.get("REASON_PLACED_CEASED")))));
            case PREV_PERM -> c.previousPermanence = new PreviousPermanence(row.get("PREV_PERM"), row.get("LA_PERM"),
                    row.get("DATE_PERM"));
            case MISSING -> missing(c, row);
            case SW_EPISODES -> socialWorker(c, row);
            case DOLO -> deprivationOfLiberty(c, row);
            default -> {
            }
        }
    }

    private static void episode(ChildUnderConstruction c, Ssda903Row row) {
        LocalDate started = date(row, "DECOM");
        LocalDate ceased = date(row, "DEC");
        if (started == null || ceased != null && !ceased.isAfter(started)) {
            return;
        }
        c.episodes.add(new CareEpisode(started, row.get("RNE"), row.get("LS"), row.get("CIN"), row.get("PLACE"),
                blankToNull(row.get("PLACE_PROVIDER")), ceased, blankToNull(row.get("REC")),
                blankToNull(row.get("REASON_PLACE_CHANGE")), blankToNull(row.get("HOME_POST")),
                blankToNull(row.get("PL_POST")), blankToNull(row.get("URN"))));
    }

    private void careLeaver(ChildUnderConstruction c, Ssda903Row row) {
        // Dated on the birthday the row reports on: the one in the year, the age reached by 31 March.
        LocalDate dob = c.identity.dateOfBirth();
        LocalDate birthday = Ages.birthday(dob, Ages.on(dob, span.end()));
        c.contacts.add(new CareLeaverContact(birthday, row.get("IN_TOUCH"), row.get("ACTIV"), row.get("ACCOM"),
                false, true, null));
    }

    private static void missing(ChildUnderConstruction c, Ssda903Row row) {
        LocalDate started = date(row, "MIS_START");
        if (started != null) {
            c.missing.add(new MissingEpisode(row.get("MISSING"), started, date(row, "MIS_END"), null, null, false));
        }
    }

    private static void socialWorker(ChildUnderConstruction c, Ssda903Row row) {
        LocalDate from = date(row, "SW_DECOM");
        if (from != null) {
            // The 903 does not say which team the worker is in.
            c.allocations.add(new Allocation(Allocation.Role.SOCIAL_WORKER, row.get("SW_ID"), "", from,
                    date(row, "SW_DEC"), blankToNull(row.get("SW_REASON"))));
        }
    }

    private static void deprivationOfLiberty(ChildUnderConstruction c, Ssda903Row row) {
        LocalDate started = date(row, "DOLO_START");
        if (started != null) {
            c.deprivationOfLiberty.add(new DeprivationOfLiberty(started, date(row, "DOLO_END")));
        }
    }

    private static @Nullable LocalDate date(Ssda903Row row, String column) {
        return Ssda903Dates.parseOrNull(row.get(column));
    }

    /** SEX as the record holds it: 1/2 (up to 2023-24) and M/F/U (from 2024-25) both read; anything else U. */
    static String sexOf(String code) {
        return switch (code) {
            case "1", "M" -> "M";
            case "2", "F" -> "F";
            default -> "U";
        };
    }

    private static @Nullable Boolean motherOf(String code) {
        return switch (code) {
            case "1" -> Boolean.TRUE;
            case "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static @Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static LocalDate orElse(@Nullable LocalDate d, LocalDate fallback) {
        return d == null ? fallback : d;
    }

    private static void when(@Nullable LocalDate d, java.util.function.Consumer<LocalDate> action) {
        if (d != null) {
            action.accept(d);
        }
    }

    /** The lists of one child while its rows are read. */
    private static final class ChildUnderConstruction {
        final String childId;
        final Identity identity;
        @Nullable LocalDate uascUntil;
        final List<CareEpisode> episodes = new ArrayList<>();
        final List<ReviewHeld> reviews = new ArrayList<>();
        final List<HealthEvent> health = new ArrayList<>();
        final List<MissingEpisode> missing = new ArrayList<>();
        final List<CareLeaverContact> contacts = new ArrayList<>();
        final List<AdoptionDecision> adoptionDecisions = new ArrayList<>();
        @Nullable AdoptionOrder adoption;
        @Nullable PreviousPermanence previousPermanence;
        final List<Allocation> allocations = new ArrayList<>();
        final List<DeprivationOfLiberty> deprivationOfLiberty = new ArrayList<>();

        ChildUnderConstruction(String childId, Identity identity) {
            this.childId = childId;
            this.identity = identity;
        }

        ChildRecord build() {
            return new ChildRecord(childId, identity, uascUntil, episodes, reviews, health, missing, contacts,
                    adoptionDecisions, adoption, previousPermanence, allocations, List.of(), deprivationOfLiberty,
                    List.of(), List.of());
        }
    }
}
