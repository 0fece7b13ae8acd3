package org.ourpromise.access;

/** Which children's records a role may open. */
public enum ChildScope {
    /** None: aggregate figures only (board members) or no case work (administrators). */
    NONE,
    /** Children currently allocated to the user as social worker, and to the user's team. */
    OWN_AND_TEAM,
    /** Children currently allocated to the user's team. */
    TEAM,
    /** Children for whom the user is the allocated IRO or personal adviser. */
    ALLOCATED_AS_IRO_OR_ADVISER,
    /** Only the young person themselves, through their own pages (My Promise); no staff record of any child. */
    SELF,
    /** Every child (the performance team, who answer for the whole return). */
    ALL
}
