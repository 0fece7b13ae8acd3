package org.ourpromise.children;

/**
 * A child was added to the register by someone using Promise (published in the transaction that added
 * them, so the audit entry is written with the child or not at all).
 *
 * @param detail what was added, for the audit log
 */
public record ChildAdded(String childId, String username, String detail) {
}
