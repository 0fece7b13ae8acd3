/**
 * Worklists and alerts (issue 3): each user's due and overdue items, reasons for lateness, the
 * timeliness summary by rule and the daily digest. Due items come from the deadline engine
 * ({@code timescales}), computed once a day for the whole council and refreshed child by child when an
 * event is recorded; which children a user sees comes from {@code access.ChildAccess}.
 */
@org.jspecify.annotations.NullMarked
package org.ourpromise.worklists;
