package org.ourpromise.demo.simulation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a child lives: the 903 placement type, provider, URN and postcode, and which carer (an
 * internal number: RNE T and U mean the carer stays the same, P and B that it changes).
 */
record Placement(String type, @Nullable String provider, @Nullable String urn, @Nullable String postcode, long carer) {

    static final LocalDate SUPPORTED_ACCOMMODATION_FROM = LocalDate.of(2025, 4, 1);
    /**
     * From 28 October 2023 a looked-after 16- or 17-year-old may live in supported accommodation only
     * if it is registered with Ofsted (Supported Accommodation (England) Regulations 2023), so it has
     * a URN; unregistered semi-independent and independent living (H5 without a URN, P2) end by then.
     */
    static final LocalDate REGISTRATION_REQUIRED = LocalDate.of(2023, 10, 28);

    boolean isTemporary() {
        return type.startsWith("T");
    }

    boolean isFoster() {
        return type.startsWith("U");
    }

    boolean isSemiIndependent() {
        return type.equals("H5") || type.equals("P2") || type.equals("K3");
    }

    boolean isUnregisteredSemiIndependent() {
        return type.equals("P2") || type.equals("H5") && urn == null;
    }

    /** Same carer and address, another placement type (a change of placement status, RNE T). */
    Placement as(Chance chance, String newType) {
        return new Placement(newType, Placements.provider(chance, newType), Placements.keepUrn(urn, chance, newType),
                postcode, carer);
    }

    /**
     * Chooses placements by age, route and legal status, roughly in England's shape: about 68% in
     * foster care, children's homes for some teenagers (with secure homes about 11% of children
     * looked after at 31 March, EES 2023–24), supported accommodation at 16 and 17
     * (H5/P2 until 31 March 2025, K3 from 1 April 2025, DOMAIN.md §1.4.6), placement with parents
     * only under a care order (Care Planning Regulations reg 19).
     */
    static final class Placements {

        private Placements() {
        }

        private static final WeightedCodes ON_REMAND = WeightedCodes.of("U6", 40, "K1", 20, "R5", 30, "K2", 10);
        private static final WeightedCodes UNACCOMPANIED = WeightedCodes.of("U6", 92, "K2", 8);
        private static final WeightedCodes RESIDENTIAL = WeightedCodes.of("K2", 94, "S1", 3, "R1", 2, "K1", 1);
        /** Providers (903 PLACE_PROVIDER) by kind of placement: PR1 the council's own, PR4 private, PR5 voluntary. */
        private static final WeightedCodes KINSHIP_FOSTER_PROVIDER = WeightedCodes.of("PR1", 90, "PR4", 10);
        private static final WeightedCodes FOSTER_PROVIDER = WeightedCodes.of("PR1", 58, "PR4", 38, "PR5", 4);
        private static final WeightedCodes CHILDRENS_HOME_PROVIDER = WeightedCodes.of("PR4", 82, "PR1", 13, "PR5", 5);
        private static final WeightedCodes SECURE_PROVIDER = WeightedCodes.of("PR1", 40, "PR2", 60);
        private static final WeightedCodes SUPPORTED_PROVIDER = WeightedCodes.of("PR4", 60, "PR1", 25, "PR5", 15);
        private static final WeightedCodes ADOPTION_PROVIDER = WeightedCodes.of("PR1", 60, "PR2", 25, "PR5", 15);
        private static final WeightedCodes MOTHER_AND_BABY_PROVIDER = WeightedCodes.of("PR4", 70, "PR1", 30);
        private static final WeightedCodes OTHER_PROVIDER = WeightedCodes.of("PR4", 70, "PR5", 30);

        static Placement choose(Chance chance, int age, Route route, String legal, LocalDate on, boolean uasc) {
            String type;
            if (legal.equals("J1")) {
                type = chance.pick(ON_REMAND);
            } else if (uasc) {
                type = age >= 16 && chance.percent(0.55) ? semiIndependent(chance, on) : chance.pick(UNACCOMPANIED);
            } else if (age >= 16 && chance.percent(0.58)) {
                type = semiIndependent(chance, on);
            } else if (age >= 11 && chance.percent(age >= 14 ? 0.45 : 0.25)) {
                type = chance.pick(RESIDENTIAL);
            } else if (age < 1 && chance.percent(0.03)) {
                type = "R3";
            } else {
                type = fosterType(chance, route);
            }
            var placement = of(chance, type);
            return type.equals("H5") && on.isBefore(REGISTRATION_REQUIRED)
                    ? new Placement(type, placement.provider(), null, placement.postcode(), placement.carer()) : placement;
        }

        static String fosterType(Chance chance, Route route) {
            boolean kin = chance.percent(route == Route.SPECIAL_GUARDIANSHIP ? 0.6 : 0.22);
            if (route == Route.LONG_TERM && chance.percent(0.3)) {
                return kin ? "U1" : "U4";
            }
            return kin ? "U3" : "U6";
        }

        static String semiIndependent(Chance chance, LocalDate on) {
            if (!on.isBefore(SUPPORTED_ACCOMMODATION_FROM)) {
                return "K3";
            }
            if (!on.isBefore(REGISTRATION_REQUIRED)) {
                return "H5";
            }
            return chance.percent(0.8) ? "H5" : "P2";
        }

        /**
         * Every placement has an address, temporary ones too (the hospital, the holiday, the respite
         * carer): DfE derives the placement's LA and distance from it (rules 169, 179, 392a, 392b).
         */
        static Placement of(Chance chance, String type) {
            boolean inArea = !type.equals("K2") && !type.equals("T2") || chance.percent(0.5);
            return new Placement(type, provider(chance, type), Identifiers.urn(chance, type),
                    Identifiers.placementPostcode(chance, inArea ? 0.75 : 0.3), chance.nextSeed());
        }

        /** PR0 only with parents (P1); none for temporary placements (V903 rules 178, 213, 527–529). */
        static @Nullable String provider(Chance chance, String type) {
            return switch (type) {
                case "P1" -> "PR0";
                case "T0", "T1", "T2", "T3", "T4" -> null;
                case "U1", "U2", "U3" -> chance.pick(KINSHIP_FOSTER_PROVIDER);
                case "U4", "U5", "U6" -> chance.pick(FOSTER_PROVIDER);
                case "K2" -> chance.pick(CHILDRENS_HOME_PROVIDER);
                case "K1" -> chance.pick(SECURE_PROVIDER);
                case "H5", "P2", "K3" -> chance.pick(SUPPORTED_PROVIDER);
                case "A3", "A4", "A5", "A6" -> chance.pick(ADOPTION_PROVIDER);
                case "R2", "R5" -> "PR3";
                case "R3" -> chance.pick(MOTHER_AND_BABY_PROVIDER);
                default -> chance.pick(OTHER_PROVIDER);
            };
        }

        static @Nullable String keepUrn(@Nullable String urn, Chance chance, String newType) {
            String fresh = Identifiers.urn(chance, newType);
            if (fresh == null) {
                return null;
            }
            return urn != null && urn.startsWith("SC") == fresh.startsWith("SC") ? urn : fresh;
        }
    }
}
