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
