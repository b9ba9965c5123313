package cn.gov.ln.credit.webapp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.ibatis.annotations.Mapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package rules of docs/ARCHITECTURE.md: webapp -> integration -> processes -> forms, no cycles
 * between feature packages, and each feature's persistence private to it.
 */
class ArchitectureTest {

    static final String ROOT = "cn.gov.ln.credit";
    static final String FORMS = ROOT + ".forms..";
    static final String INTEGRATION = ROOT + ".integration..";
    static final String WEBAPP = ROOT + ".webapp..";

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT, "db.migration");
    }

    static final DescribedPredicate<JavaClass> CORE = new DescribedPredicate<>("the core (processes module)") {
        @Override
        public boolean test(JavaClass c) {
            String name = c.getPackageName();
            return (name.startsWith(ROOT + ".") || name.equals("db.migration"))
                    && !name.startsWith(ROOT + ".integration") && !name.startsWith(ROOT + ".webapp")
                    && !name.startsWith(ROOT + ".forms") && !c.getName().equals(ROOT + ".CreditApplication");
        }
    };

    @Test
    void theCoreKnowsNothingOfTheWebOrTheAdapters() {
        noClasses().that(CORE).should().dependOnClassesThat().resideInAnyPackage(INTEGRATION, WEBAPP,
                "com.vaadin..", "org.springframework.web..", "jakarta.servlet..", "org.glassfish.jersey..")
                .check(classes);
    }

    @Test
    void integrationDoesNotReachIntoTheWebapp() {
        noClasses().that().resideInAPackage(INTEGRATION).should().dependOnClassesThat()
                .resideInAnyPackage(WEBAPP, "com.vaadin..").check(classes);
    }

    @Test
    void formsStandAlone() {
        noClasses().that().resideInAPackage(FORMS).should().dependOnClassesThat()
                .resideOutsideOfPackages(FORMS, "java..", "com.fasterxml.jackson..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void featurePackagesOfTheCoreHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes.that(CORE));
    }

    @Test
    void featurePackagesOfTheScreensHaveNoCycles() {
        slices().matching(ROOT + ".webapp.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void mappersArePrivateToTheirFeature() {
        classes().that().areAnnotatedWith(Mapper.class).should().notBePublic().check(classes);
    }

    /** The adapter that reads the local credit database is persistence by nature; the API and screens are not. */
    @Test
    void screensAndTheApiGoThroughServicesNotPersistence() {
        noClasses().that().resideInAnyPackage(WEBAPP, INTEGRATION).and()
                .resideOutsideOfPackage(ROOT + ".integration.creditsource..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "org.apache.ibatis..", "org.mybatis..")
                .check(classes);
    }

    /**
     * Screens reach the engine through the core's services, which check permission and scope; only the engine's
     * own doors (its webapps' single sign-on and the security filters in front of its REST API) touch its API.
     */
    @Test
    void screensDoNotUseTheEngineOrMappersDirectly() {
        noClasses().that().resideInAPackage(WEBAPP).and()
                .resideOutsideOfPackages(ROOT + ".webapp.camunda..", ROOT + ".webapp.security..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Mapper.class)
                .check(classes);
    }

    @Test
    void onlyTheWebappUsesVaadin() {
        noClasses().that().resideOutsideOfPackage(WEBAPP).should().dependOnClassesThat()
                .resideInAPackage("com.vaadin..").check(classes);
    }
}
