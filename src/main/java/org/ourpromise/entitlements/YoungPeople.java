package org.ourpromise.entitlements;

import java.time.LocalDate;
import java.util.Optional;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.timescales.Birthdays;
import org.ourpromise.timescales.CareLeaverCategory;
import org.springframework.stereotype.Service;

/** Who a young person is on a day for the local offer: their age, and whether in care or a care leaver. */
@Service
class YoungPeople {

    /** The facts the eligibility rules need. */
    record Standing(String childId, String name, int age, boolean inCare, boolean careLeaver) {
        String words() {
            return inCare ? "In care" : careLeaver ? "Care leaver" : "Neither in care nor a care leaver";
        }
    }

    private final CareRecords records;

    YoungPeople(CareRecords records) {
        this.records = records;
    }

    Optional<Standing> on(String childId, LocalDate day) {
        return records.load(childId).map(r -> standing(r, day));
    }

    static Standing standing(ChildRecord r, LocalDate day) {
        boolean inCare = r.episodes().stream().anyMatch(e -> !e.isShortBreak() && e.isOpenAt(day));
        var category = CareLeaverCategory.of(r, day);
        boolean leaver = !inCare && (category == CareLeaverCategory.RELEVANT
                || category == CareLeaverCategory.FORMER_RELEVANT || category == CareLeaverCategory.QUALIFYING);
        return new Standing(r.childId(), r.identity().givenName() + " " + r.identity().familyName(),
                Birthdays.age(r.dateOfBirth(), day), inCare, leaver);
    }
}
