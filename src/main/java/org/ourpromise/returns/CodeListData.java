package org.ourpromise.returns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The facts behind {@link CodeList}: codes and meanings from DOMAIN.md §1.4, with the years they apply. */
final class CodeListData {

    private CodeListData() {
    }

    static Map<String, String> labels(CodeList list, int year) {
        var m = new LinkedHashMap<String, String>();
        switch (list) {
            case SEX -> {
                if (year <= 2024) {
                    put(m, "1", "Male", "2", "Female");
                } else {
                    put(m, "M", "Male", "F", "Female", "U", "Unknown or indeterminate");
                }
            }
            case ETHNIC -> put(m, "WBRI", "White British", "WIRI", "White Irish", "WOTH", "Any other White background",
                    "WIRT", "Traveller of Irish heritage", "WROM", "Gypsy/Roma",
                    "MWBC", "White and Black Caribbean", "MWBA", "White and Black African",
                    "MWAS", "White and Asian", "MOTH", "Any other Mixed background", "AIND", "Indian",
                    "APKN", "Pakistani", "ABAN", "Bangladeshi", "AOTH", "Any other Asian background",
                    "BCRB", "Caribbean", "BAFR", "African", "BOTH", "Any other Black background",
                    "CHNE", "Chinese", "OOTH", "Any other ethnic group", "REFU", "Refused",
                    "NOBT", "Information not yet obtained");
            case UPN_UNKNOWN -> put(m, "UN1", "Not of school age, no UPN yet",
                    "UN2", "Never attended an English maintained school", "UN3", "Educated outside England",
                    "UN4", "Newly looked after, UPN not yet known", "UN5", "Source records conflict");
            case RNE -> put(m, "S", "Started to be looked after", "L", "Change of legal status only",
                    "P", "Change of placement and carer", "T", "Change of placement, same carer",
                    "B", "Change of legal status and placement and carer",
                    "U", "Change of legal status and placement, same carer");
            case LS -> put(m, "C1", "Interim care order", "C2", "Full care order", "D1", "Freeing order granted",
                    "E1", "Placement order granted", "V2", "Single period of accommodation under section 20",
                    "V3", "Short breaks, each break recorded", "V4", "Short breaks, agreement recorded",
                    "L1", "Police protection", "L2", "Emergency protection order", "L3", "Child assessment order",
                    "J1", "Remanded to local authority accommodation or youth detention",
                    "J2", "In local authority accommodation under PACE",
                    "J3", "Youth rehabilitation order with residence or intensive fostering requirement");
            case CIN -> put(m, "N1", "Abuse or neglect", "N2", "Child's disability", "N3", "Parental illness or disability",
                    "N4", "Family in acute stress", "N5", "Family dysfunction", "N6", "Socially unacceptable behaviour",
                    "N7", "Low income", "N8", "Absent parenting");
            case PLACE -> place(m, year);
            case PLACE_PROVIDER -> put(m, "PR0", "Parent or person with parental responsibility",
                    "PR1", "Own local authority provision", "PR2", "Other local authority provision",
                    "PR3", "Other public provision", "PR4", "Private provision", "PR5", "Voluntary or third sector provision");
            case REC -> put(m, "X1", "Episode ends and a new one begins the same day",
                    "E11", "Adopted, application unopposed", "E12", "Adopted, consent dispensed with",
                    "E2", "Died", "E3", "Care taken over by another local authority",
                    "E4A", "Returned home as part of the care plan", "E4B", "Returned home, not part of the care plan",
                    "E13", "Left care to live with people without parental responsibility",
                    "E41", "Residence or child arrangements order",
                    "E45", "Special guardianship order to former foster carers who are relatives or friends",
                    "E46", "Special guardianship order to former foster carers",
                    "E47", "Special guardianship order to other carers who are relatives or friends",
                    "E48", "Special guardianship order to other carers",
                    "E5", "Independent living with formal support", "E6", "Independent living without formal support",
                    "E7", "Residential care funded by adult social care", "E9", "Sentenced to custody",
                    "E14", "Accommodation on remand ended", "E15", "Age assessment found 18 or over",
                    "E16", "Moved abroad", "E17", "Aged 18 or over and remained with current carers",
                    "E8", "Ceased for any other reason");
            case REASON_PLACE_CHANGE -> put(m, "CARPL", "Planned change, care plan", "CLOSE", "Carer resigned or setting closed",
                    "ALLEG", "Allegation under section 47", "STAND", "Standards of care concern",
                    "APPRR", "Approval or registration removed", "CREQB", "Carer asked, child's behaviour",
                    "CREQO", "Carer asked, other reasons", "CHILD", "Child asked for the placement to end",
                    "LAREQ", "Placement no longer meets needs", "PLACE", "Change of placement status only",
                    "CUSTOD", "Child admitted to custody", "OTHER", "Other");
            case REVIEW_CODE -> put(m, "PN0", "Child under 4 at the review", "PN1", "Attended and spoke for themselves",
                    "PN2", "Attended, an advocate or the IRO spoke for them", "PN3", "Attended, views shared non-verbally",
                    "PN4", "Attended but did not contribute", "PN5", "Did not attend, briefed someone to speak for them",
                    "PN6", "Did not attend, shared views another way", "PN7", "Did not attend, views not shared");
            case REASON_PLACED_CEASED -> put(m, "RD1", "Child's needs changed", "RD2", "Court did not make a placement order",
                    "RD3", "Adopters could not be found", "RD4", "Any other reason");
            case NB_ADOPTR -> put(m, "1", "One adopter", "2", "Two adopters");
            case SEX_ADOPTR -> put(m, "M1", "Single male", "F1", "Single female", "MM", "Male couple",
                    "FF", "Female couple", "MF", "Male and female couple");
            case LS_ADOPTR -> put(m, "L0", "Single adopter", "L11", "Married different-sex couple",
                    "L12", "Married same-sex couple", "L2", "Civil partners", "L3", "Unmarried different-sex couple",
                    "L4", "Unmarried same-sex couple");
            case IN_TOUCH -> put(m, "YES", "In touch", "NO", "Not in touch", "DIED", "Died since leaving care",
                    "REFU", "Refuses contact", "NREQ", "No longer requires services",
                    "RHOM", "Returned home for 6 months or more");
            case ACTIV -> put(m, "F1", "Full-time higher education", "P1", "Part-time higher education",
                    "F2", "Full-time other education", "P2", "Part-time other education",
                    "F4", "Full-time apprenticeship", "P4", "Part-time apprenticeship",
                    "F5", "Full-time training or employment", "P5", "Part-time training or employment",
                    "G4", "Not in education, employment or training: illness or disability",
                    "G5", "Not in education, employment or training: other",
                    "G6", "Not in education, employment or training: pregnancy or parenting",
                    "0", "Not known");
            case ACCOM_LETTER -> put(m, "B", "With parents or relatives", "C", "Community home or other residential care",
                    "D", "Semi-independent, transitional", "E", "Supported lodgings", "G", "Gone abroad", "H", "Deported",
                    "K", "Ordinary lodgings", "R", "Residence not known", "S", "No fixed abode or homeless",
                    "T", "Foyer", "U", "Independent living", "V", "Emergency accommodation", "W", "Bed and breakfast",
                    "X", "In custody", "Y", "Other accommodation", "Z", "With former foster carers (staying put)");
            case PREV_PERM -> put(m, "P1", "Adoption", "P2", "Special guardianship order",
                    "P3", "Residence or child arrangements order", "P4", "Unknown", "Z1", "No previous permanence option");
            case MISSING -> put(m, "M", "Missing", "A", "Away without authorisation");
            case SDQ_REASON -> put(m, "SDQ1", "Under 4 or over 16", "SDQ2", "Carer refused",
                    "SDQ3", "Not possible: severity of disability", "SDQ4", "Other", "SDQ5", "Young person refused");
            case SW_REASON -> put(m, "MANAGE", "Managing caseloads", "FCONTA", "First contact or re-referral",
                    "LEFTRL", "Previous social worker left the role", "ORGRST", "Organisational restructure",
                    "TSPROC", "Transfer under standard process", "ABSENC", "Absence cover or return",
                    "CHCHAN", "Child requested a change", "PCCHAN", "Parent or carer requested a change",
                    "SWDIED", "Previous social worker died", "OTHERS", "Other");
            default -> throw new IllegalStateException("no data for " + list);
        }
        return Collections.unmodifiableMap(m);
    }

    private static void place(Map<String, String> m, int year) {
        put(m, "A3", "Placed for adoption with consent, with current foster carer",
                "A4", "Placed for adoption with consent, not with current foster carer",
                "A5", "Placed for adoption under a placement order, with current foster carer",
                "A6", "Placed for adoption under a placement order, not with current foster carer");
        if (year <= 2025) {
            put(m, "H5", "Semi-independent living");
        }
        put(m, "K1", "Secure children's home", "K2", "Children's home");
        if (year >= 2026) {
            put(m, "K3", "Registered supported accommodation");
        }
        put(m, "P1", "With own parents or person with parental responsibility");
        if (year <= 2025) {
            put(m, "P2", "Independent living");
        }
        put(m, "P3", "Residential employment", "R1", "Residential care home", "R2", "NHS or other health establishment",
                "R3", "Family centre or mother and baby unit", "R5", "Young offender institution",
                "S1", "Residential school", "T0", "Temporary move", "T1", "Temporary period in hospital",
                "T2", "Temporary absence on holiday", "T3", "Temporary while usual foster carer on holiday",
                "T4", "Temporary accommodation of 7 days or less",
                "U1", "Foster with relative or friend, long-term", "U2", "Foster with relative or friend, fostering for adoption",
                "U3", "Foster with relative or friend, not long-term", "U4", "Foster with other carer, long-term",
                "U5", "Foster with other carer, fostering for adoption", "U6", "Foster with other carer, not long-term");
        if (year <= 2025) {
            put(m, "Z1", "Other placements");
        } else {
            // The DfE split "other placements" in four from 2025-26; what each covers is not confirmed (DOMAIN.md
            // section 6, question 1), so a label says so in words and tells the four apart without the code.
            put(m, "Z11", "Other placement, first kind (what it covers is not yet confirmed)",
                    "Z12", "Other placement, second kind (what it covers is not yet confirmed)",
                    "Z13", "Other placement, third kind (what it covers is not yet confirmed)",
                    "Z14", "Other placement, fourth kind (what it covers is not yet confirmed)");
        }
    }

    private static void put(Map<String, String> m, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
    }
}
