package org.ourpromise.allocations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ourpromise.care.CareEpisodes;
import org.ourpromise.children.ChildRegister;
import org.springframework.stereotype.Service;

/**
 * The children missing a worker today (the manager's {@code /allocations} list) for other pages, longest waiting
 * first. Not audited here: the caller shows them and records what it showed.
 */
@Service
public class MissingWorkers {

    /** One child and the workers they lack, in words. */
    public record Child(String childId, String name, String status, LocalDate since, List<String> missing) {
    }

    private final ChildRegister register;
    private final CareEpisodes care;
    private final Clock clock;

    MissingWorkers(ChildRegister register, CareEpisodes care, Clock clock) {
        this.register = register;
        this.care = care;
        this.clock = clock;
    }

    public List<Child> today() {
        var today = LocalDate.now(clock);
        return UnallocatedController.of(register.children(null), care.byChild(null), register.allocations(null), today)
                .stream().map(u -> new Child(u.childId(), u.name(), u.status(), u.since(), u.missing()))
                .sorted(java.util.Comparator.comparing(Child::since)).toList();
    }
}
