package org.ourpromise.demo.simulation;

/** How a period of care is heading: it decides the legal statuses, the placements and how it ends. */
enum Route {
    /** Interim care order, placement order (E1), placed for adoption (A5/A6), adoption order (E11/E12). */
    ADOPTION,
    /** Accommodated with consent (V2), placed for adoption with consent (A3/A4), adopted unopposed (E11). */
    ADOPTION_WITH_CONSENT,
    /** Ends with a special guardianship order (E45–E48). */
    SPECIAL_GUARDIANSHIP,
    /** Ends with a child arrangements order (E41). */
    CHILD_ARRANGEMENTS,
    /** Returns home or to family (E4A, E4B, E13), or ends for another reason before 18. */
    RETURN_HOME,
    /** Stays in care, usually until 18 (E17, E5, E6, E8, E7). */
    LONG_TERM,
    /** Remanded (J1), ending when the remand ends (E14) or with a custodial sentence (E9). */
    REMAND,
    /** Unaccompanied asylum-seeking child, accommodated under section 20 until 18. */
    UNACCOMPANIED,
    /** A series of short breaks (V3/V4, Care Planning Regulations reg 48). */
    SHORT_BREAKS
}
