package org.ourpromise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every direct sub-package of org.ourpromise is a module; only the types at its root are its API.
 * The build fails on a cycle or a reach into another module's internals, and draws the module map.
 *
 * <p>The map goes to {@code target/modules} on every run, so that running the tests never changes the
 * working tree; {@code mvn -o -q test -Dtest=ModularityTests -Ddocs} writes it to {@code docs/modules} to be
 * committed. Its lines are sorted, since Spring Modulith lists modules and dependencies in no fixed order.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PromiseApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writeTheModuleDiagram() throws IOException {
        String docs = System.getProperty("docs");
        var folder = docs != null && !docs.equals("false") ? "docs/modules" : "target/modules";
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults())
                .writeModuleCanvases();
        var diagram = Path.of(folder, "components.puml");
        Files.write(diagram, sortedRuns(Files.readAllLines(diagram, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /**
     * The same lines in a fixed order: each run of consecutive component or relation lines sorted, everything
     * else where it was (PlantUML draws the same picture whatever their order).
     */
    static List<String> sortedRuns(List<String> lines) {
        var sorted = new ArrayList<String>(lines.size());
        var run = new ArrayList<String>();
        String runKind = null;
        for (var line : lines) {
            String kind = kind(line);
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                sorted.addAll(run);
                run.clear();
            }
            runKind = kind;
            if (kind == null) {
                sorted.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        sorted.addAll(run);
        return sorted;
    }

    private static String kind(String line) {
        String element = line.strip();
        for (var kind : List.of("Component(", "Rel(", "Rel_")) {
            if (element.startsWith(kind)) {
                return kind;
            }
        }
        return null;
    }
}
