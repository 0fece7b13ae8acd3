package org.ourpromise;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every direct sub-package of org.ourpromise is a module; only the types at its root are its API.
 * The build fails on a cycle or a reach into another module's internals, and writes the module map
 * to docs/modules.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PromiseApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writeTheModuleDiagram() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults())
                .writeModuleCanvases();
    }
}
