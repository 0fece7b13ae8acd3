package org.ourpromise.complaints;

import java.time.LocalDate;
import java.util.List;
import org.ourpromise.worklists.Worklists;
import org.springframework.stereotype.Service;

/**
 * Every complaint's open stage deadlines, overdue first and then by due date (the complaints worklist), for other
 * pages. Not audited here: the caller shows them and records what it showed.
 */
@Service
public class StagesDue {

    private final ComplaintRegister register;
    private final Worklists worklists;

    StagesDue(ComplaintRegister register, Worklists worklists) {
        this.register = register;
        this.worklists = worklists;
    }

    public LocalDate today() {
        return register.today();
    }

    public List<ComplaintWorkItem> open() {
        return ComplaintWorklistController.lines(register.all(), null, worklists.explanations());
    }
}
