package org.ourpromise.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import org.ourpromise.commandline.CommandArguments;
import org.ourpromise.commandline.CommandException;

/** A change the retention command makes to one record: a legal hold placed or released, a date of death. */
record RetentionChange(Kind kind, String childId, String reason, LocalDate died) {

    static final String CHILD_ID = "[A-Za-z0-9_-]{1,40}";

    enum Kind { HOLD, RELEASE, DIED }

    /** The change the options ask for, if any; one at a time, and never with --anonymise. */
    static Optional<RetentionChange> of(CommandArguments args) throws CommandException {
        var asked = new ArrayList<RetentionChange>();
        var problems = new ArrayList<String>();
        if (args.optional("hold").isPresent()) {
            String reason = args.optional("reason").orElse("").strip();
            if (reason.isEmpty() || reason.length() > 500) {
                problems.add("retention: --hold needs --reason, 500 characters or fewer (the claim or inquiry)");
            }
            asked.add(new RetentionChange(Kind.HOLD, args.optional("hold").get(), reason, LocalDate.MIN));
        } else if (args.optional("reason").isPresent()) {
            problems.add("retention: --reason goes with --hold");
        }
        args.optional("release").ifPresent(c -> asked.add(new RetentionChange(Kind.RELEASE, c, "", LocalDate.MIN)));
        if (args.optional("died").isPresent()) {
            asked.add(new RetentionChange(Kind.DIED, args.optional("died").get(), "", args.requiredDate("on")));
        } else if (args.optional("on").isPresent()) {
            problems.add("retention: --on goes with --died");
        }
        if (asked.size() > 1 || (!asked.isEmpty() && (args.flag("anonymise") || args.flag("confirm")))) {
            problems.add("retention: one change at a time (--hold, --release, --died), and not with --anonymise");
        }
        for (var change : asked) {
            if (!change.childId().matches(CHILD_ID)) {
                problems.add("retention: not a child ID: " + change.childId());
            }
        }
        if (!problems.isEmpty()) {
            throw new CommandException(problems);
        }
        return asked.stream().findFirst();
    }

    /** Makes the change; what was done, for the output and the audit log. */
    String apply(RetentionRecords records, LocalDate today) throws CommandException {
        if (!records.exists(childId)) {
            throw new CommandException("retention: there is no child " + childId);
        }
        switch (kind) {
            case HOLD -> records.placeHold(childId, reason, RetentionCommand.WHO, today);
            case RELEASE -> {
                if (records.releaseHolds(childId, RetentionCommand.WHO, today) == 0) {
                    throw new CommandException("retention: there is no legal hold on " + childId);
                }
            }
            case DIED -> {
                if (died.isAfter(today)) {
                    throw new CommandException("retention: --on: a date of death cannot be in the future");
                }
                records.recordDeath(childId, died);
            }
        }
        return switch (kind) {
            case HOLD -> "legal hold placed on " + childId + ": " + reason;
            case RELEASE -> "legal holds on " + childId + " released";
            case DIED -> "date of death of " + childId + " recorded: " + died;
        };
    }
}
