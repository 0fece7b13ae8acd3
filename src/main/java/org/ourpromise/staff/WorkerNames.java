package org.ourpromise.staff;

import java.util.Map;

/** Worker id to name, for pages: a worker not in the directory shows as their id. */
public record WorkerNames(Map<String, String> names) {

    public WorkerNames {
        names = Map.copyOf(names);
    }

    public String of(String workerId) {
        return names.getOrDefault(workerId, workerId);
    }

    /** The name with the id after it, where both help (lists a manager reads against other systems). */
    public String withId(String workerId) {
        String name = names.get(workerId);
        return name == null ? workerId : name + " (" + workerId + ")";
    }
}
