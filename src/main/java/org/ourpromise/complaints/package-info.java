/**
 * Complaints (issue 3): the register of representations and complaints by or about a child in care or
 * care leaver, logged and moved through its three stages by the complaints officer. Stage deadlines come
 * from the deadline engine ({@code timescales.DeadlineEngine#complaintItems}); the complaints officer's
 * worklist and the timeliness summary (in {@code worklists}) read them through {@link
 * org.ourpromise.complaints.ComplaintRegister}.
 */
@org.jspecify.annotations.NullMarked
package org.ourpromise.complaints;
