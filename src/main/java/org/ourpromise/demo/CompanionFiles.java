package org.ourpromise.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourpromise.record.Allocation;
import org.ourpromise.record.ChildRecord;
import org.ourpromise.returns.Ssda903Dates;
import org.ourpromise.returns.Ssda903Return;
import org.ourpromise.returns.Ssda903Table;
import org.ourpromise.staff.StaffMember;

/**
 * What the return does not carry, for {@code import-people} (docs/import-people.md): the generated council's children
 * in the return by name, its staff directory (the same names and hours the demo gives them), and the IRO and
 * personal adviser allocations of those children. Social workers' allocations come with the return itself.
 */
final class CompanionFiles {

    private CompanionFiles() {
    }

    static void write(List<ChildRecord> records, Ssda903Return ret, LocalDate asAt, long seed, Path dir)
            throws IOException {
        Set<String> inReturn = new LinkedHashSet<>();
        for (var row : ret.rows(Ssda903Table.HEADER)) {
            inReturn.add(row.get("CHILD"));
        }
        Files.createDirectories(dir);
        var children = new StringBuilder("CHILD,GIVEN_NAME,FAMILY_NAME\n");
        var allocations = new StringBuilder("CHILD,ROLE,WORKER_ID,TEAM,START,END\n");
        for (var child : records) {
            if (!inReturn.contains(child.childId())) {
                continue;
            }
            children.append(csv(child.childId(), child.identity().givenName(), child.identity().familyName()));
            for (var a : child.allocations()) {
                if (a.role() != Allocation.Role.SOCIAL_WORKER && !a.from().isAfter(asAt)) {
                    allocations.append(csv(child.childId(), a.role() == Allocation.Role.PERSONAL_ADVISER ? "PA" : "IRO",
                            a.workerId(), a.team(), date(a.from()), a.to() == null || a.to().isAfter(asAt) ? null
                                    : date(a.to())));
                }
            }
        }
        var staff = new StringBuilder("WORKER_ID,NAME,ROLE,TEAM,EMAIL,AGENCY,FTE,START,END\n");
        for (StaffMember m : DemoStaff.of(records, asAt, seed, Map.of())) {
            staff.append(csv(m.workerId(), m.name(), m.role().name(), m.team(), m.email(), m.agency() ? "Y" : "N",
                    m.fte().toPlainString(), date(m.from()), m.to() == null || m.to().isAfter(asAt) ? null
                            : date(m.to())));
        }
        Files.writeString(dir.resolve("children.csv"), children, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("staff.csv"), staff, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("allocations.csv"), allocations, StandardCharsets.UTF_8);
    }

    private static String date(LocalDate day) {
        return Ssda903Dates.format(day);
    }

    /** One line; a field with a comma or a quote in double quotes (a quote inside doubled). */
    private static String csv(@Nullable String... fields) {
        var line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i] == null ? "" : fields[i];
            line.append(i == 0 ? "" : ",").append(f.contains(",") || f.contains("\"")
                    ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return line.append('\n').toString();
    }
}
