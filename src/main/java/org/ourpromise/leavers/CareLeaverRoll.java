package org.ourpromise.leavers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourpromise.care.CareEpisodes;
import org.ourpromise.children.ChildRegister;
import org.ourpromise.record.CareEpisode;
import org.ourpromise.record.CareLeaverContact;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.Identity;
import org.ourpromise.timescales.Birthdays;
import org.ourpromise.timescales.CareLeaverCategory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every young person with a leaving-care status on a day, read once for the whole council: their status from the
 * record ({@link LeaverStatus}), the category the board's figures count (relevant and former relevant to 25, as the
 * return does), and their contacts.
 */
@Component
class CareLeaverRoll {

    /** One young person on the day. */
    record Row(String childId, String name, LocalDate dateOfBirth, int age, LeaverStatus status,
            CareLeaverCategory category, List<CareLeaverContact> contacts) {
    }

    private final ChildRegister children;
    private final CareEpisodes care;
    private final CareLeaverContactRepository contacts;
    private final LeavingCareOffer offer;

    CareLeaverRoll(ChildRegister children, CareEpisodes care, CareLeaverContactRepository contacts,
            LeavingCareOffer offer) {
        this.children = children;
        this.care = care;
        this.contacts = contacts;
        this.offer = offer;
    }

    /** Everyone with a status or a board category on the day (the rest are not care leavers). */
    @Transactional(readOnly = true)
    List<Row> on(LocalDate day) {
        var episodes = care.byChild(null);
        var all = contacts.contacts(null);
        var entitlements = offer.entitlements(null);
        var out = new ArrayList<Row>();
        children.children(null).forEach((id, child) -> {
            var eps = episodes.getOrDefault(id, List.of());
            if (!eps.isEmpty()) {
                var row = row(record(id, child.identity(), eps), day, entitlements.get(id),
                        all.getOrDefault(id, List.of()));
                if (row.status() != LeaverStatus.NONE || row.category() != CareLeaverCategory.NONE) {
                    out.add(row);
                }
            }
        });
        return out;
    }

    /** One young person's row from their whole record. */
    @Transactional(readOnly = true)
    Row of(ChildRecord child, LocalDate day) {
        return row(child, day, offer.entitlements(child.childId()).get(child.childId()), child.careLeaverContacts());
    }

    private static Row row(ChildRecord child, LocalDate day, @Nullable LeavingCareEntitlement entitlement,
            List<CareLeaverContact> contacts) {
        var identity = child.identity();
        return new Row(child.childId(), identity.givenName() + " " + identity.familyName(), identity.dateOfBirth(),
                Birthdays.age(identity.dateOfBirth(), day), LeaverStatus.of(child, day, entitlement),
                CareLeaverCategory.of(child, day), contacts);
    }

    /** The record as far as the status needs it: identity and episodes. */
    static ChildRecord record(String id, Identity identity, List<CareEpisode> episodes) {
        return new ChildRecord(id, identity, null, episodes, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Map<LeaverStatus, Long> counts(List<Row> rows) {
        var counts = new java.util.EnumMap<LeaverStatus, Long>(LeaverStatus.class);
        for (var s : LeaverStatus.values()) {
            if (s != LeaverStatus.NONE) {
                counts.put(s, rows.stream().filter(r -> r.status() == s).count());
            }
        }
        return counts;
    }
}
