package org.ourpromise.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the tests of every feature's recording forms share: the whole records, dates as typed, "saved". */
public abstract class RecordingFormTestSupport extends WebTestSupport {

    @Autowired
    protected CareRecords records;

    @Autowired
    private org.ourpromise.access.UserAccounts users;

    /**
     * A social worker (sw9, worker SW009, no team) for children a test adds, so they join no other test's caseload
     * or worklist (the test council is shared by every web test).
     */
    protected String separateSocialWorker() {
        if (!users.exists("sw9")) {
            users.addUser("sw9", "Sid Separate", org.ourpromise.TestCouncil.PASSWORD,
                    org.ourpromise.access.Role.SOCIAL_WORKER, null, "SW009");
        }
        return "sw9";
    }

    /** A personal adviser (pa9, worker PA09) for care leavers a test adds, apart from the council's own. */
    protected String separateAdviser() {
        if (!users.exists("pa9")) {
            users.addUser("pa9", "Pia Separate", org.ourpromise.TestCouncil.PASSWORD,
                    org.ourpromise.access.Role.PERSONAL_ADVISER, null, "PA09");
        }
        return "pa9";
    }

    protected static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder b, String name, String d, String m,
            String y) {
        return b.param(name + "-day", d).param(name + "-month", m).param(name + "-year", y);
    }

    /** Saved: straight back to the record, or to the page showing what the return's rules say. */
    protected static ResultMatcher saved() {
        return result -> {
            var view = result.getModelAndView() == null ? null : result.getModelAndView().getViewName();
            assertThat(result.getResponse().getStatus() == 302 || "children/saved".equals(view))
                    .as("saved (status %s, view %s)", result.getResponse().getStatus(), view).isTrue();
        };
    }
}
