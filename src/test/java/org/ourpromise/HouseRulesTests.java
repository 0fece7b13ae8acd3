package org.ourpromise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house that hold only if a test holds them (STYLE.md, issue 9): the engines are pure Java, and
 * nothing reads the machine's clock for a business date. Only the classes of {@code src/main} are checked.
 */
class HouseRulesTests {

    /** The engines: the child's record, the return, deadlines, measures and the report engine. */
    private static final String[] ENGINE_PACKAGES = {
            "org.ourpromise.record..", "org.ourpromise.returns..", "org.ourpromise.timescales..",
            "org.ourpromise.measures.."};

    /**
     * The report engine is the classes directly in {@code org.ourpromise.reports}; its pages (web controllers and
     * the database behind them) belong in its sub-packages. No root class is excepted today.
     */
    private static final DescribedPredicate<JavaClass> REPORT_ENGINE =
            DescribedPredicate.describe("in the report engine (the root of org.ourpromise.reports)",
                    c -> c.getPackageName().equals("org.ourpromise.reports"));

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ourpromise");

    /** A module's package-info carries Modulith's declaration of what it may use: metadata, not a dependency. */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> ARE_CODE =
            com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("package-info").negate()
                    .as("are code (not a package-info)");

    private static final String[] NOT_PURE = {
            "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet.."};

    private static final String PURE_BECAUSE = "the engines are pure Java (DESIGN.md): the same code computes the "
            + "return, the deadlines, the measures and the report from a command line, a test or the server, and "
            + "reads only the record it is given, never a database, a request or the framework";

    @Test
    void enginesImportNoFrameworkDatabaseOrWebLayer() {
        noClasses().that().resideInAnyPackage(ENGINE_PACKAGES).and(ARE_CODE)
                .should().dependOnClassesThat().resideInAnyPackage(NOT_PURE)
                .because(PURE_BECAUSE)
                .check(MAIN);
    }

    @Test
    void reportEngineImportsNoFrameworkDatabaseOrWebLayer() {
        noClasses().that(REPORT_ENGINE).and(ARE_CODE)
                .should().dependOnClassesThat().resideInAnyPackage(NOT_PURE)
                .because(PURE_BECAUSE)
                .check(MAIN);
    }

    @Test
    void nothingReadsTheMachineClockForADate() {
        noClasses()
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(Year.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(java.util.Date.class)
                .because("'today' comes from the one Clock bean (promise.clock.fixed pins it for tests, "
                        + "demonstrations and re-running a past day) or is passed in as a date, so a figure, a "
                        + "deadline or an audit time never depends on when or where the code happens to run; "
                        + "System.nanoTime, which only measures how long something took, is allowed")
                .check(MAIN);
    }

    @Test
    void aRoomsRepositoryIsItsOwn() {
        // package-private: the compiler then refuses any other room's use, and this rule keeps it so
        classes().that().haveSimpleNameEndingWith("Repository").and(ARE_CODE)
                .should().notBePublic()
                .because("a feature owns its tables (issue 9): another room reads them through the owner's public "
                        + "API (CareEpisodes, ReviewsHeld, MissingEpisodes, casefile.CareRecords) and hears of "
                        + "changes through past-tense events, so a table can change with its room alone")
                .check(MAIN);
    }
}
