package org.ourpromise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every direct sub-package of org.ourpromise is a module; only the types at its root are its API.
 * The build fails on a cycle or a reach into another module's internals, and writes the module map
 * to docs/modules.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PromiseApplication.class);

    /** No cycles, no reach into a module's internals, and no dependency a module has not declared. */
    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * A module that declares nothing may use anything: each must say what it is for and list what it uses, so a
     * new dependency is a visible decision in its package-info, not an accident of an import.
     */
    @Test
    void everyModuleSaysWhatItMayUse() throws ClassNotFoundException {
        for (var module : modules) {
            String name = module.getBasePackage().getName();
            var declared = Class.forName(name + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(declared).as(name + " declares @ApplicationModule(allowedDependencies = ...)").isNotNull();
            assertThat(declared.allowedDependencies()).as(name + " lists what it uses")
                    .isNotEqualTo(new String[] {ApplicationModule.OPEN_TOKEN});
        }
    }

    @Test
    void writeTheModuleDiagram() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults())
                .writeModuleCanvases();
    }
}
