package org.ourpromise.iro;

/** A category from the council's list, for good practice or for a concern; a retired one stays on old alerts. */
public record AlertCategory(int id, String name, AlertKind kind, boolean retired) {
}
