package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.NhsNumber;
import org.ourpromise.returns.UniquePupilNumber;

/**
 * Plausible identifiers for synthetic children: NHS numbers with a valid check digit, UPNs with a
 * valid check letter, UK-format postcodes, Ofsted URNs and worker ids.
 */
final class Identifiers {

    /** The simulated council's own DfE LA number (UPNs issued by its schools). */
    static final int LA_NUMBER = 855;

    /** Postcode districts of the simulated council's area (home addresses and in-area placements). */
    private static final String[] HOME_DISTRICTS = {"LE2", "LE3", "LE4", "LE5", "LE7", "LE8", "LE9", "LE10",
        "LE11", "LE12", "LE13", "LE14", "LE16", "LE17", "LE18", "LE19", "LE65", "LE67"};

    /** Districts elsewhere in England, for placements out of the area. */
    private static final String[] OTHER_DISTRICTS = {"NG5", "NG7", "DE1", "DE23", "CV1", "CV11", "B12", "B23",
        "PE1", "PE2", "NN1", "NN5", "M14", "LS9", "S10", "ST4", "WV1", "DN4", "LN1", "MK6"};

    /** Letters allowed in the last two places of a UK postcode (no C, I, K, M, O, V). */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private Identifiers() {
    }

    static String nhsNumber(Chance chance) {
        while (true) {
            // 4xx and 6xx ranges are the ones issued in England and Wales.
            var nine = new StringBuilder(chance.oneOf("4", "6"));
            for (int i = 1; i < 9; i++) {
                nine.append((char) ('0' + chance.between(0, 9)));
            }
            int check = NhsNumber.checkDigit(nine.toString());
            if (check >= 0) {
                return nine.toString() + check;
            }
        }
    }

    /**
     * A UPN issued when the child first went to school (in the September after their 4th birthday),
     * or the reason it is not known (UN1 not of school age, UN2 never in an English maintained
     * school, e.g. newly arrived UASC). A UPN belongs to one pupil in England (rule 444): the school
     * and serial number come from the child's number in the council, unique for up to a million.
     */
    static String upn(Chance chance, LocalDate dateOfBirth, boolean uasc, LocalDate asAt, int childNumber) {
        LocalDate schoolStart = LocalDate.of(dateOfBirth.getYear() + (dateOfBirth.getMonthValue() >= 9 ? 5 : 4), 9, 1);
        if (uasc) {
            return chance.percent(0.6) ? "UN2" : "UN3";
        }
        if (schoolStart.isAfter(asAt)) {
            return "UN1";
        }
        if (chance.percent(0.01)) {
            return "UN5";
        }
        int establishment = 2000 + childNumber / 1000 % 1000;
        return UniquePupilNumber.permanent(LA_NUMBER, establishment, schoolStart.getYear(), childNumber % 1000);
    }

    static String homePostcode(Chance chance) {
        return postcode(chance, chance.oneOf(HOME_DISTRICTS));
    }

    /** About two in three placements are inside the council's area (DOMAIN.md §2.10). */
    static String placementPostcode(Chance chance, double inAreaShare) {
        return postcode(chance, chance.percent(inAreaShare) ? chance.oneOf(HOME_DISTRICTS) : chance.oneOf(OTHER_DISTRICTS));
    }

    private static String postcode(Chance chance, String district) {
        return district + " " + chance.between(1, 9) + INWARD_LETTERS.charAt(chance.between(0, INWARD_LETTERS.length() - 1))
                + INWARD_LETTERS.charAt(chance.between(0, INWARD_LETTERS.length() - 1));
    }

    /**
     * The Ofsted URN of the setting or agency where the placement is Ofsted-registered: SC and six
     * digits for social care settings and agencies, seven digits for supported accommodation and
     * schools; none where Ofsted does not register the placement (DOMAIN.md §1.3 URN).
     */
    static @Nullable String urn(Chance chance, String placement) {
        return switch (placement) {
            // R3: residential family centres are registered with Ofsted (rule 218 asks for their URN).
            case "U1", "U2", "U3", "U4", "U5", "U6", "K1", "K2", "A3", "A4", "A5", "A6", "R3", "Z12", "Z13" ->
                "SC" + chance.between(100000, 999999);
            // H5: registered supported accommodation from 28 October 2023; placements before have none.
            case "K3", "H5", "S1" -> String.valueOf(chance.between(2000000, 2999999));
            default -> null;
        };
    }

    static String socialWorkerId(int n) {
        return "SW" + zeroPadded(n, 5);
    }

    /** {@code n} (not negative) in at least {@code width} digits: what {@code %0<width>d} writes, without a Formatter per call. */
    static String zeroPadded(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
