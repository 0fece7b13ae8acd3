package org.ourpromise.casefile;

import java.time.LocalDate;
import org.ourpromise.returns.CodeList;
import org.ourpromise.returns.Ssda903Dates;

/** Care leaver accommodation codes (letter + 1 suitable / 2 unsuitable, or 0) in words. */
final class AccommodationWords {

    private AccommodationWords() {
    }

    static String describe(String code, LocalDate when) {
        if (code == null || code.length() != 2) {
            return "not known";
        }
        String place = CodeList.ACCOM_LETTER.label(code.substring(0, 1), Ssda903Dates.collectionYearOf(when));
        return place + (code.charAt(1) == '1' ? " (suitable)" : " (not suitable)");
    }
}
