package org.ourpromise.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ourpromise.TestCouncil;
import org.ourpromise.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Nothing is lost: complaints logged at once get different references; a save from a stale page is refused. */
class ComplaintConcurrencyTests extends WebTestSupport {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);

    @Autowired
    private ComplaintRegister register;

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder req, String summary) {
        return req.param("received-day", String.valueOf(RECEIVED.getDayOfMonth()))
                .param("received-month", String.valueOf(RECEIVED.getMonthValue()))
                .param("received-year", String.valueOf(RECEIVED.getYear()))
                .param("summary", summary).param("madeBy", "CHILD");
    }

    /** Runs every task at the same moment, each on its own thread. */
    private static List<MockHttpServletResponse> atOnce(List<Callable<MockHttpServletResponse>> tasks) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(tasks.size());
        try {
            var futures = new ArrayList<java.util.concurrent.Future<MockHttpServletResponse>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var responses = new ArrayList<MockHttpServletResponse>();
            for (var f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("20 at once: 10 new complaints each stored once with its own reference; 10 saves of one complaint "
            + "from the same page: one saved, nine refused with what changed, none a server error")
    void twentyAtOnce() throws Exception {
        int before = register.all().size();
        var existing = register.add(TestCouncil.AMIRA, RECEIVED, "Contact not arranged", LoggedComplaint.MadeBy.CHILD,
                "co1");
        int version = register.version(existing);
        var tasks = new ArrayList<Callable<MockHttpServletResponse>>();
        for (int i = 0; i < 10; i++) {
            String summary = "Logged at once " + i;
            tasks.add(() -> mvc.perform(form(post("/complaints/new"), summary).param("child", TestCouncil.AMIRA)
                    .with(as("co1")).with(csrf())).andReturn().getResponse());
            String edit = "Edited at once " + i;
            tasks.add(() -> mvc.perform(form(post("/complaints/" + existing), edit)
                    .param("version", String.valueOf(version)).with(as("co1")).with(csrf())).andReturn().getResponse());
        }
        var responses = atOnce(tasks);

        assertThat(responses).extracting(MockHttpServletResponse::getStatus).allMatch(s -> s == 200 || s == 302);
        var created = responses.stream().filter(r -> r.getRedirectedUrl() != null
                && !r.getRedirectedUrl().equals("/complaints/" + existing)).map(MockHttpServletResponse::getRedirectedUrl)
                .toList();
        assertThat(created).hasSize(10);
        assertThat(new HashSet<>(created)).hasSize(10);
        var all = register.all();
        assertThat(all).hasSize(before + 11);
        for (int i = 0; i < 10; i++) {
            String summary = "Logged at once " + i;
            assertThat(all).filteredOn(c -> c.summary().equals(summary)).as(summary).hasSize(1);
        }
        var saves = responses.stream().filter(r -> ("/complaints/" + existing).equals(r.getRedirectedUrl())).toList();
        assertThat(saves).as("one save from the page wins").hasSize(1);
        var refused = responses.stream().filter(r -> r.getStatus() == 200).toList();
        assertThat(refused).hasSize(9).allSatisfy(r -> assertThat(r.getContentAsString())
                .contains("Someone else saved this after you opened it")
                .contains("What is saved now, and what you entered"));
        assertThat(register.find(existing).orElseThrow().summary()).startsWith("Edited at once ");
        assertThat(register.version(existing)).isEqualTo(version + 1);
    }
}
