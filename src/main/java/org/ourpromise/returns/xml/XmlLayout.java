package org.ourpromise.returns.xml;

import static org.ourpromise.returns.Ssda903Table.AD1;
import static org.ourpromise.returns.Ssda903Table.DOLO;
import static org.ourpromise.returns.Ssda903Table.EPISODES;
import static org.ourpromise.returns.Ssda903Table.HEADER;
import static org.ourpromise.returns.Ssda903Table.MISSING;
import static org.ourpromise.returns.Ssda903Table.OC2;
import static org.ourpromise.returns.Ssda903Table.OC3;
import static org.ourpromise.returns.Ssda903Table.PLACED_ADOPTION;
import static org.ourpromise.returns.Ssda903Table.PREV_PERM;
import static org.ourpromise.returns.Ssda903Table.REVIEWS;
import static org.ourpromise.returns.Ssda903Table.SW_EPISODES;
import static org.ourpromise.returns.Ssda903Table.UASC;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourpromise.returns.Ssda903Table;

/**
 * Where each column of the CSV tables goes in the DfE XML (schema {@code ssda903-2021.xsd} and the
 * year schemas derived from it), in the schema's order. One {@code CHILD} holds a {@code HEADER}, then
 * its {@code EPISODE}s (then, Promise's additions, {@code SW_EPISODE}s and {@code DOLO}s). The
 * single-row tables UASC, AD1 and OC3 are written as plain elements of the HEADER; the other tables
 * are wrapped, one wrapper element per row.
 *
 * <p>Columns the XML does not repeat (CHILD, and the DOB and SEX copied into the other tables) are
 * taken from the child's HEADER when reading.
 */
final class XmlLayout {

    /**
     * One element holding one column. {@code column} is null for the UASC flag, which is "1" when the
     * child has a UASC row and empty otherwise (the XML has no UASC table). A required element is
     * written even when blank, an optional one only when it has a value (the schema's minOccurs 0).
     */
    record Field(String element, @Nullable String column, boolean required) {
    }

    /**
     * A run of elements from one table. {@code wrapper} null: the fields sit directly in the parent
     * (HEADER) and come from the child's single row of the table, if any. Otherwise each row of the table
     * is one {@code wrapper} element (at most one when {@code many} is false).
     */
    record Part(@Nullable String wrapper, Ssda903Table table, boolean many, List<Field> fields) {
    }

    /** The elements inside HEADER, in schema order. */
    static final List<Part> HEADER_PARTS = List.of(
            new Part(null, HEADER, false, List.of(req("CHILDID", "CHILD"), req("UPN"), req("SEX"), req("DOB"),
                    req("ETHNIC"))),
            new Part(null, UASC, false, List.of(new Field("UASC", null, true), opt("DUC"))),
            new Part(null, AD1, false, List.of(opt("DATE_INT"), opt("DATE_MATCH"), opt("FOSTER_CARE"),
                    opt("NB_ADOPTR"), opt("SEX_ADOPTR"), opt("LS_ADOPTR"))),
            new Part(null, OC3, false, List.of(opt("IN_TOUCH"), opt("ACTIV"), opt("ACCOM"))),
            new Part("AMISSING", MISSING, true, List.of(req("MISSING"), req("MIS_START"), opt("MIS_END"))),
            new Part("AREVIEW", REVIEWS, true, List.of(req("REVIEW"), req("REVIEW_CODE"))),
            new Part(null, HEADER, false, List.of(opt("MOTHER"), opt("MC_DOB"))),
            new Part("PERMANENCE", PREV_PERM, false, List.of(opt("PREV_PERM"), opt("LA_PERM"), opt("DATE_PERM"))),
            new Part("OC2", OC2, false, List.of(opt("SDQ_SCORE"), opt("SDQ_REASON"), opt("CONVICTED"),
                    opt("HEALTH_CHECK"), opt("IMMUNISATIONS"), opt("TEETH_CHECK"), opt("HEALTH_ASSESSMENT"),
                    opt("SUBSTANCE_MISUSE"), opt("INTERVENTION_RECEIVED"), opt("INTERVENTION_OFFERED"))),
            new Part("AD_PLACED", PLACED_ADOPTION, true, List.of(req("DATE_PLACED"), opt("DATE_PLACED_CEASED"),
                    opt("REASON_PLACED_CEASED"))));

    /** The elements after HEADER inside CHILD, in schema order; SW_EPISODE and DOLO only in the years they exist. */
    private static final List<Part> CHILD_PARTS = List.of(
            new Part("EPISODE", EPISODES, true, List.of(req("DECOM"), req("RNE"), req("LS"), req("CIN"),
                    req("PL", "PLACE"), opt("PL_POST"), opt("HOME_POST"), opt("URN"), opt("PLACE_PROVIDER"),
                    req("DEC"), req("REC"), opt("REASON_PLACE_CHANGE"))),
            new Part("SW_EPISODE", SW_EPISODES, true, List.of(req("SW_ID"), req("SW_DECOM"), opt("SW_DEC"),
                    opt("SW_REASON"))),
            new Part("DOLO", DOLO, true, List.of(req("DOLO_START"), opt("DOLO_END"))));

    private XmlLayout() {
    }

    static List<Part> childParts(int year) {
        var parts = new ArrayList<Part>();
        for (var p : CHILD_PARTS) {
            if (p.table().collectedIn(year)) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** Every table the year's XML carries. */
    static List<Ssda903Table> tables(int year) {
        var tables = new ArrayList<Ssda903Table>();
        for (var p : HEADER_PARTS) {
            if (!tables.contains(p.table())) {
                tables.add(p.table());
            }
        }
        childParts(year).forEach(p -> tables.add(p.table()));
        return tables;
    }

    private static Field req(String element) {
        return new Field(element, element, true);
    }

    private static Field req(String element, String column) {
        return new Field(element, column, true);
    }

    private static Field opt(String element) {
        return new Field(element, element, false);
    }
}
