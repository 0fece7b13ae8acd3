package org.ourpromise.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourpromise.WebTestSupport;
import org.ourpromise.casefile.CareRecords;
import org.ourpromise.lists.ListPage;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.record.ChildRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The awards and a participation group's two tables (issue 16), on a database of their own with 53 young people,
 * VA-100 to VA-152 ("Ava Awardee 100" to "Ava Awardee 152"; i below is 0 to 52):
 * <ul>
 * <li>each nominated on 1 January 2026 plus i days; the even ones celebrated at an event on 1 June 2026 plus i days;
 * <li>each a member of one group, agreeing to join on 1 January 2025 plus i days, the consent taken by Pia
 * Participation (even i) or Ola Officer (odd i);
 * <li>the group met 53 times a week apart from Monday 3 January 2022, i % 10 + 1 young people coming, about
 * "Topic 1i".
 * </ul>
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:awardlists-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AwardsAndGroupListsTests extends WebTestSupport {

    private static final int MANY = 53;

    @Autowired
    private CareRecords records;
    @Autowired
    private Awards awards;
    @Autowired
    private Groups groups;

    private long group;

    @BeforeEach
    void youngPeople() {
        if (groups.all().stream().noneMatch(g -> g.name().equals("Lists Council"))) {
            var kids = new ArrayList<ChildRecord>();
            for (int i = 0; i < MANY; i++) {
                kids.add(ChildRecords.child(id(i), "Ava", "Awardee " + (100 + i), LocalDate.of(2010, 1, 1), "F").build());
            }
            records.addAll(kids);
            long g = groups.addGroup("Lists Council", Groups.Kind.CHILDREN_IN_CARE_COUNCIL, "Monthly");
            for (int i = 0; i < MANY; i++) {
                boolean event = i % 2 == 0;
                awards.add(id(i), "Achievement " + (100 + i), "Ms Nominator", LocalDate.of(2026, 1, 1).plusDays(i),
                        event ? "Celebration" : null, event ? LocalDate.of(2026, 6, 1).plusDays(i) : null, false);
                groups.addMember(g, id(i), LocalDate.of(2025, 1, 1).plusDays(i), event ? "Pia Participation"
                        : "Ola Officer");
                groups.addSession(g, LocalDate.of(2022, 1, 3).plusWeeks(i), i % 10 + 1, "Topic " + (100 + i),
                        "Pia Participation");
            }
        }
        group = groups.all().stream().filter(g -> g.name().equals("Lists Council")).findFirst().orElseThrow().id();
    }

    private static String id(int i) {
        return "VA-" + (100 + i);
    }

    private Map<String, Object> model(String url) throws Exception {
        return mvc.perform(get(url).with(as("part1"))).andExpect(status().isOk()).andReturn().getModelAndView()
                .getModel();
    }

    private String csv(String url) throws Exception {
        return mvc.perform(get(url).with(as("part1"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> awardChildren(Object list) {
        return ((ListPage<?>) list).items().stream().map(a -> ((Awards.Award) a).childId()).toList();
    }

    private static List<String> memberChildren(Object list) {
        return ((ListPage<?>) list).items().stream().map(m -> ((Groups.Member) m).childId()).toList();
    }

    private static List<String> topics(Object list) {
        return ((ListPage<?>) list).items().stream().map(s -> ((Groups.Session) s).discussed()).toList();
    }

    /** The children the user's latest audit entry of this kind names, with how many it says it showed. */
    private List<String> lastShown(String user, String action) {
        var entry = jdbc.queryForMap("select child_id, children_list, children_shown from audit_event where "
                + "username = ? and action = ? order by audit_id desc limit 1", user, action);
        if (entry.get("children_list") != null) {
            var ids = jdbc.queryForList("select child_id from audit_list_child where list_id = ? order by child_id",
                    String.class, entry.get("children_list"));
            assertThat(((Number) entry.get("children_shown")).intValue()).isEqualTo(ids.size());
            return ids;
        }
        return entry.get("child_id") == null ? List.of() : List.of((String) entry.get("child_id"));
    }

    private static List<String> ids(int from, int to) {
        var out = new ArrayList<String>();
        for (int i = from; i <= to; i++) {
            out.add(id(i));
        }
        return out;
    }

    @Test
    void theAwardsAreLatestNominatedFirstAndAPageNamesOnlyItsYoungPeopleInTheAudit() throws Exception {
        var first = (ListPage<?>) model("/voice/awards").get("list");
        assertThat(first.total()).isEqualTo(MANY);
        assertThat(first.sort()).isEqualTo("nominated");
        assertThat(first.descending()).isTrue();
        assertThat(awardChildren(first)).hasSize(50).startsWith("VA-152", "VA-151");
        assertThat(lastShown("part1", "VIEW_RECORD")).isEqualTo(ids(3, 52));
        var second = model("/voice/awards?page=2").get("list");
        assertThat(awardChildren(second)).containsExactly("VA-102", "VA-101", "VA-100");
        assertThat(lastShown("part1", "VIEW_RECORD")).containsExactly("VA-100", "VA-101", "VA-102");
        String html = mvc.perform(get("/voice/awards").with(as("part1"))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Showing 1 to 50 of 53 nominations.", "/voice/awards.csv?sort=nominated&amp;order=desc",
                "/voice/awards?sort=event&amp;order=desc");
    }

    @Test
    void theAwardsSortByEventBothWays() throws Exception {
        // no event yet first (latest nominated first among them, the odd ones), then the events, earliest first
        var asc = model("/voice/awards?sort=event&order=asc").get("list");
        assertThat(awardChildren(asc)).startsWith("VA-151", "VA-149");
        assertThat(awardChildren(asc).get(26)).isEqualTo("VA-100");
        // latest event first, the nominations without one last
        var desc = model("/voice/awards?sort=event&order=desc").get("list");
        assertThat(awardChildren(desc)).startsWith("VA-152", "VA-150");
        var descTwo = model("/voice/awards?sort=event&order=desc&page=2").get("list");
        assertThat(awardChildren(descTwo)).containsExactly("VA-105", "VA-103", "VA-101");
        var byChild = model("/voice/awards?sort=child&order=asc&page=2").get("list");
        assertThat(awardChildren(byChild)).containsExactly("VA-150", "VA-151", "VA-152");
        assertThat(((ListPage<?>) model("/voice/awards?sort=x&order=y&page=z").get("list")).sort()).isEqualTo("nominated");
    }

    @Test
    void theAwardsCsvIsTheWholeListNamingEveryYoungPersonInTheExport() throws Exception {
        long before = auditCount("part1", "EXPORT");
        var lines = csv("/voice/awards.csv?sort=event&order=desc").split("\r\n");
        assertThat(lines).hasSize(MANY + 1);
        assertThat(lines[0]).isEqualTo("Child ID,Young person,For,Nominated by,Nominated on,Event,Event on,Came");
        assertThat(lines[1]).isEqualTo("VA-152,Ava Awardee 152,Achievement 152,Ms Nominator,2026-02-22,Celebration,"
                + "2026-07-23,No");
        assertThat(lines[MANY]).isEqualTo("VA-101,Ava Awardee 101,Achievement 101,Ms Nominator,2026-01-02,,,");
        assertThat(auditCount("part1", "EXPORT")).isEqualTo(before + 1);
        assertThat(lastShown("part1", "EXPORT")).isEqualTo(ids(0, 52));
        mvc.perform(get("/voice/awards.csv").with(as("board1"))).andExpect(status().isForbidden());
        mvc.perform(get("/voice/awards").with(as("sw1"))).andExpect(status().isForbidden());
    }

    @Test
    void theGroupsTwoTablesSortAndPageEachByItself() throws Exception {
        var page = model("/voice/groups/" + group);
        var sessions = (ListPage<?>) page.get("sessions");
        var members = (ListPage<?>) page.get("members");
        assertThat(sessions.total()).isEqualTo(MANY);
        assertThat(topics(sessions)).hasSize(50).startsWith("Topic 152");
        assertThat(memberChildren(members)).hasSize(50).startsWith("VA-100", "VA-101");
        assertThat(lastShown("part1", "VIEW_RECORD")).isEqualTo(ids(0, 49));
        // the sessions' page 2 leaves the members on their first page, in their own order
        page = model("/voice/groups/" + group + "?table=sessions&page=2");
        assertThat(topics(page.get("sessions"))).containsExactly("Topic 102", "Topic 101", "Topic 100");
        assertThat(((ListPage<?>) page.get("members")).page()).isEqualTo(1);
        // most came first: ten came to the 10th, 20th, ... 50th, latest first; one to the 1st, 11th, ... 51st
        page = model("/voice/groups/" + group + "?table=sessions&sort=came&order=desc");
        assertThat(topics(page.get("sessions"))).startsWith("Topic 149", "Topic 139");
        assertThat(((ListPage<?>) page.get("members")).sort()).isEqualTo("child");
        assertThat(topics(model("/voice/groups/" + group + "?table=sessions&sort=came&order=asc").get("sessions")))
                .startsWith("Topic 150", "Topic 140");
        // the members' page 2 names only its three in the audit
        page = model("/voice/groups/" + group + "?table=members&page=2");
        assertThat(memberChildren(page.get("members"))).containsExactly("VA-150", "VA-151", "VA-152");
        assertThat(((ListPage<?>) page.get("sessions")).page()).isEqualTo(1);
        assertThat(lastShown("part1", "VIEW_RECORD")).containsExactly("VA-150", "VA-151", "VA-152");
        // by who took consent: Ola Officer's (the odd ones) first, then Pia Participation's; and the other way
        assertThat(memberChildren(model("/voice/groups/" + group + "?table=members&sort=by&order=asc").get("members")))
                .startsWith("VA-101", "VA-103");
        assertThat(memberChildren(model("/voice/groups/" + group + "?table=members&sort=by&order=desc").get("members")))
                .startsWith("VA-100", "VA-102");
        String html = mvc.perform(get("/voice/groups/" + group).with(as("part1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("Showing 1 to 50 of 53 sessions.", "Showing 1 to 50 of 53 members.",
                "/voice/groups/" + group + "?table=members&amp;sort=joined&amp;order=desc",
                "/voice/groups/" + group + "?table=sessions&amp;sort=came&amp;order=desc",
                "/voice/groups/" + group + "/members.csv?table=members&amp;sort=child&amp;order=asc");
    }

    @Test
    void theGroupsCsvsAreWholeAndAudited() throws Exception {
        long before = auditCount("part1", "EXPORT");
        var sessions = csv("/voice/groups/" + group + "/sessions.csv?sort=came&order=desc").split("\r\n");
        assertThat(sessions).hasSize(MANY + 1);
        assertThat(sessions[0]).isEqualTo("Date,Came,What was discussed,Recorded by");
        assertThat(sessions[1]).isEqualTo("2022-12-12,10,Topic 149,Pia Participation");
        assertThat(lastShown("part1", "EXPORT")).isEmpty();
        var members = csv("/voice/groups/" + group + "/members.csv").split("\r\n");
        assertThat(members).hasSize(MANY + 1);
        assertThat(members[0]).isEqualTo("Child ID,Young person,Agreed to join,Left,Consent taken by");
        assertThat(members[1]).isEqualTo("VA-100,Ava Awardee 100,2025-01-01,,Pia Participation");
        assertThat(members[MANY]).isEqualTo("VA-152,Ava Awardee 152,2025-02-22,,Pia Participation");
        assertThat(auditCount("part1", "EXPORT")).isEqualTo(before + 2);
        assertThat(lastShown("part1", "EXPORT")).isEqualTo(ids(0, 52));
        mvc.perform(get("/voice/groups/" + group + "/members.csv").with(as("board1"))).andExpect(status().isForbidden());
        mvc.perform(get("/voice/groups/" + group + "/sessions.csv").with(as("perf1"))).andExpect(status().isForbidden());
        mvc.perform(get("/voice/groups/nope/members.csv").with(as("part1"))).andExpect(status().isNotFound());
    }
}
