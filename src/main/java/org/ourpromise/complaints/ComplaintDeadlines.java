package org.ourpromise.complaints;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.ourpromise.access.Permission;
import org.ourpromise.access.PromiseUser;
import org.ourpromise.timescales.TimescaleSettings;
import org.ourpromise.worklists.ChildDueItems;
import org.ourpromise.worklists.OtherDeadlines;
import org.springframework.stereotype.Component;

/**
 * The complaints' stage deadlines as the worklists see them: counted in the timeliness summary as items of the
 * child each complaint is by or about, and emailed each working day to the complaints officer, by reference only.
 */
@Component
class ComplaintDeadlines implements OtherDeadlines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final ComplaintRegister register;
    private final TimescaleSettings settings;

    ComplaintDeadlines(ComplaintRegister register, TimescaleSettings settings) {
        this.register = register;
        this.settings = settings;
    }

    @Override
    public List<ChildDueItems> dueItems() {
        return register.all().stream()
                .map(c -> new ChildDueItems(c.childId(), c.childName(), null, null, null, c.deadlines(), List.of()))
                .toList();
    }

    /** The complaints officer's digest: complaint references and stages only, no names. */
    @Override
    public Optional<DigestEmail> digestFor(PromiseUser user, String link) {
        if (!user.can(Permission.MANAGE_COMPLAINTS)) {
            return Optional.empty();
        }
        var digest = ComplaintWorklistController.digest(register, settings, register.all());
        if (digest.isEmpty()) {
            return Optional.empty();
        }
        var text = new StringBuilder("Good morning. Your Promise complaints digest for ")
                .append(DAY.format(digest.today())).append(".\n\n");
        section(text, "Became overdue", digest.newlyOverdue());
        section(text, "Due by " + DAY.format(digest.dueBy()), digest.dueSoon());
        text.append("Open Promise for the complaints: ").append(link.replace("/digest", "/complaints"))
                .append("\n\nComplaint references only: names are never sent by email.\n");
        return Optional.of(new DigestEmail("Promise complaints: " + digest.newlyOverdue().size() + " newly overdue, "
                + digest.dueSoon().size() + " due in the next few days", text.toString(),
                "emailed the complaints digest to " + user.username() + ": " + digest.newlyOverdue().size()
                        + " newly overdue, " + digest.dueSoon().size() + " due soon",
                java.util.stream.Stream.concat(digest.newlyOverdue().stream(), digest.dueSoon().stream())
                        .map(i -> i.complaint().childId()).toList()));
    }

    private static void section(StringBuilder text, String heading, List<ComplaintWorkItem> items) {
        if (items.isEmpty()) {
            return;
        }
        text.append(heading).append(" (").append(items.size()).append(")\n");
        for (var i : items) {
            text.append("- ").append(DAY.format(i.item().due())).append(": complaint ").append(i.complaint().reference())
                    .append(": ").append(i.item().rule().description()).append('\n');
        }
        text.append('\n');
    }
}
