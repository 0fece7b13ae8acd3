package org.ourpromise.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ourpromise.PromiseCommandLine;
import org.ourpromise.TestCouncil;
import org.ourpromise.access.Role;
import org.ourpromise.access.UserAccounts;
import org.ourpromise.worklists.WorkItem;
import org.ourpromise.worklists.Worklist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A generated council imported as a council would load it (issue 10): {@code generate --people-out} writes the
 * companion files beside the return, {@code import-903} loads the return and {@code import-people} the names, staff
 * and IRO and PA allocations; then the IRO's and the personal adviser's caseloads and worklists hold the children the
 * files allocate to them, by name, and the IRO report's caseload table names the IRO. What is expected is read from
 * the companion files, not from the pages.
 */
@SpringBootTest(properties = {"promise.clock.fixed=2026-03-31", "promise.demo.enabled=false", "promise.digest.cron=-"})
@AutoConfigureMockMvc
class ImportedCouncilPagesTests {

    private static Path dir;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @DynamicPropertySource
    static void importedCouncil(DynamicPropertyRegistry registry) throws Exception {
        dir = Files.createTempDirectory("rec2-imported");
        String url = "jdbc:h2:file:" + dir.resolve("db/promise") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH";
        run(Map.of(), "generate", "--children", "60", "--seed", "11", "--year", "2026", "--history", "4", "--out",
                dir.resolve("return").toString(), "--people-out", dir.resolve("people").toString());
        Map<String, Object> db = Map.of("spring.datasource.url", url);
        run(db, "import-903", "--in", dir.resolve("return").toString());
        run(db, "import-people", "--in", dir.resolve("people").toString());
        registry.add("spring.datasource.url", () -> url);
    }

    private static void run(Map<String, Object> settings, String... args) {
        var err = new ByteArrayOutputStream();
        int code = PromiseCommandLine.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err),
                settings);
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
    }

    /** Rows of a companion file as column name to value (the generator quotes no field these tests read). */
    private static List<Map<String, String>> rows(String file) throws Exception {
        var lines = Files.readAllLines(dir.resolve("people").resolve(file));
        var header = List.of(lines.get(0).split(",", -1));
        return lines.stream().skip(1).map(l -> {
            var fields = l.split(",", -1);
            var row = new HashMap<String, String>();
            for (int i = 0; i < header.size() && i < fields.length; i++) {
                row.put(header.get(i), fields[i]);
            }
            return (Map<String, String>) row;
        }).toList();
    }

    /** The worker of the role with the most children still allocated at the end of the year, and those children. */
    private static Map.Entry<String, Set<String>> busiest(String role) throws Exception {
        var byWorker = new TreeMap<String, Set<String>>();
        for (var a : rows("allocations.csv")) {
            if (a.get("ROLE").equals(role) && a.get("END").isEmpty()) {
                byWorker.computeIfAbsent(a.get("WORKER_ID"), w -> new TreeSet<>()).add(a.get("CHILD"));
            }
        }
        return byWorker.entrySet().stream().max(Map.Entry.comparingByValue(
                java.util.Comparator.comparingInt(Set::size))).orElseThrow();
    }

    private static String nameOf(String childId) throws Exception {
        var c = rows("children.csv").stream().filter(r -> r.get("CHILD").equals(childId)).findFirst().orElseThrow();
        return c.get("GIVEN_NAME") + " " + c.get("FAMILY_NAME");
    }

    private void checkCaseloadAndWorklist(String username, Role role, Map.Entry<String, Set<String>> allocated)
            throws Exception {
        if (!users.exists(username)) {
            users.addUser(username, "Imported " + username, TestCouncil.PASSWORD, role, null, allocated.getKey());
        }
        var as = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
        String caseload = mvc.perform(get("/caseload").with(as)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (String child : allocated.getValue()) {
            assertThat(caseload).as(username + "'s caseload names " + child).contains(nameOf(child));
        }
        var worklist = (Worklist) mvc.perform(get("/worklist").with(as)).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("worklist");
        assertThat(worklist.items()).as(username + "'s worklist").isNotEmpty();
        assertThat(worklist.items()).extracting(WorkItem::childId).allMatch(allocated.getValue()::contains);
    }

    @Test
    void theIrosCaseloadAndWorklistHoldTheChildrenTheFilesAllocate() throws Exception {
        var iro = busiest("IRO");
        assertThat(iro.getValue()).isNotEmpty();
        checkCaseloadAndWorklist("rec2iro", Role.INDEPENDENT_REVIEWING_OFFICER, iro);

        // the IRO report's caseload table names the IRO from the staff file
        String name = rows("staff.csv").stream().filter(s -> s.get("WORKER_ID").equals(iro.getKey())).findFirst()
                .orElseThrow().get("NAME");
        if (!users.exists("rec2irom")) {
            users.addUser("rec2irom", "Imported manager", TestCouncil.PASSWORD, Role.IRO_MANAGER, null, null);
        }
        mvc.perform(get("/reports/iro").with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername("rec2irom")))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(name)));
    }

    @Test
    void theAdvisersCaseloadAndWorklistHoldTheYoungPeopleTheFilesAllocate() throws Exception {
        var adviser = busiest("PA");
        assertThat(adviser.getValue()).isNotEmpty();
        checkCaseloadAndWorklist("rec2pa", Role.PERSONAL_ADVISER, adviser);
    }
}
