package org.ourpromise.education;

/**
 * A school or setting on the council's reference list, by its unique reference number (URN).
 *
 * @param phase          as Ofsted or Get Information about Schools publish it (Primary, Secondary, Special, ...)
 * @param localAuthority the local authority the school is in, which decides "in county" or "out of county"
 */
public record School(String urn, String name, String phase, String localAuthority) {

    /** A URN is six digits (some older ones seven). */
    static final String URN = "\\d{6,7}";

    public boolean inCounty(String homeAuthority) {
        return localAuthority.equalsIgnoreCase(homeAuthority);
    }
}
