package org.ourpromise.board;

/** A theme of the work plan and the report it brings to a meeting (e.g. the IRO annual report in June). */
public record PlanEntry(long meetingId, String theme, String report) {
}
