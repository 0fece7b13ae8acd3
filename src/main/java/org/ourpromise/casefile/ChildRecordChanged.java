package org.ourpromise.casefile;

/** Published after an event is recorded on a child's record (anything derived from it may be stale). */
public record ChildRecordChanged(String childId) {
}
