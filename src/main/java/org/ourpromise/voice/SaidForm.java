package org.ourpromise.voice;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.ourpromise.casefile.FormInput;

/**
 * Reads the ledger's two forms: a new item (what was said, by whom, who owns it) and its answer (the response, what
 * changed, the day the young people were told). An item is answered only once the young people have been told, so
 * an answered status needs the day; an open one must not have it. Gives the values, or errors and nothing else.
 */
final class SaidForm {

    static final int SAID_LIMIT = 1000;
    static final int ANSWER_LIMIT = 2000;

    /** A new item as read: null fields where there were errors. */
    record Raised(@Nullable LocalDate raisedOn, Said.@Nullable Source source, @Nullable Long groupId,
            @Nullable Long consultationId, @Nullable String childId, @Nullable String said, @Nullable String owner,
            Map<String, String> errors) {
    }

    /** An answer as read. */
    record Answer(@Nullable String owner, @Nullable String response, @Nullable String changed,
            @Nullable LocalDate toldBackOn, Said.@Nullable Status status, int version, Map<String, String> errors) {
    }

    private SaidForm() {
    }

    static Raised raised(Map<String, String> params, LocalDate today, Set<String> groups, Set<String> consultations,
            Predicate<String> childExists, Set<String> staff) {
        var in = new FormInput(params);
        var raisedOn = in.date("raisedOn", "date it was raised", true, today);
        var source = in.choice("source", java.util.EnumSet.allOf(Said.Source.class), "Select who raised it");
        Long group = null;
        Long consultation = null;
        String child = null;
        if (source == Said.Source.GROUP) {
            group = id(in, "group", groups, "Select the group that raised it");
        } else if (source == Said.Source.CONSULTATION) {
            consultation = id(in, "consultation", consultations, "Select the consultation it came from");
        } else if (source == Said.Source.YOUNG_PERSON) {
            child = in.raw("child");
            if (child.isEmpty()) {
                in.error("child", "Enter the young person's child ID");
            } else if (!child.matches("[A-Za-z0-9-]{1,40}") || !childExists.test(child)) {
                in.error("child", "There is no child with the ID " + child);
                child = null;
            }
        }
        var said = in.text("said", "what the young people said", SAID_LIMIT, true);
        var owner = owner(in, staff);
        return new Raised(raisedOn, source, group, consultation, child, said, owner, in.errors());
    }

    static Answer answer(Map<String, String> params, LocalDate raisedOn, LocalDate today, Set<String> staff) {
        var in = new FormInput(params);
        var owner = owner(in, staff);
        var response = in.text("response", "council's response", ANSWER_LIMIT, false);
        var changed = in.text("changed", "what changed", ANSWER_LIMIT, false);
        var told = in.date("toldBackOn", "date the young people were told", false, today);
        if (told != null && told.isBefore(raisedOn)) {
            in.error("toldBackOn", "The date the young people were told must be on or after the date it was raised");
        }
        var status = in.choice("status", java.util.EnumSet.allOf(Said.Status.class), "Select where the item is");
        if (status != null && status != Said.Status.OPEN) {
            if (response == null && !in.errors().containsKey("response")) {
                in.error("response", "Enter the council's response before marking the item answered");
            }
            if (told == null && !in.errors().containsKey("toldBackOn")) {
                in.error("toldBackOn", "Enter the date the young people were told before marking the item answered");
            }
        }
        if (status == Said.Status.CHANGED && changed == null && !in.errors().containsKey("changed")) {
            in.error("changed", "Say what changed, or choose 'explained why not'");
        }
        if (status == Said.Status.OPEN && told != null) {
            in.error("status", "The young people have been told: choose what the answer was, or remove the date");
        }
        return new Answer(owner, response, changed, told, status, in.version(), FormInput.inOrder(in.errors(),
                java.util.List.of("owner", "response", "changed", "toldBackOn", "status")));
    }

    private static @Nullable String owner(FormInput in, Set<String> staff) {
        String owner = in.raw("owner");
        if (owner.isEmpty() || !staff.contains(owner)) {
            in.error("owner", "Select the member of staff who owns it");
            return null;
        }
        return owner;
    }

    private static @Nullable Long id(FormInput in, String name, Set<String> known, String message) {
        String v = in.raw(name);
        if (v.matches("\\d{1,9}") && known.contains(v)) {
            return Long.parseLong(v);
        }
        in.error(name, message);
        return null;
    }

    /** The answer form's values for an item as saved. */
    static Map<String, String> values(Said s) {
        var values = new java.util.HashMap<String, String>();
        values.put("owner", s.owner());
        values.put("response", s.response() == null ? "" : s.response());
        values.put("changed", s.changed() == null ? "" : s.changed());
        values.put("status", s.status().name());
        FormInput.putDate(values, "toldBackOn", s.toldBackOn());
        return values;
    }
}
