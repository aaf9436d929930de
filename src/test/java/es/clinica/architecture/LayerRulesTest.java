package es.clinica.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of the layer picture in {@code ARCHITECTURE.md}, checked on the compiled main classes.
 * Rules about packages that do not exist yet (domain, the FHIR reader) pass while empty and bite
 * from the first class.
 */
class LayerRulesTest {

    private static final String DOMAIN = "es.clinica.domain..";
    private static final String SERVICE = "es.clinica.service..";
    private static final String STORE = "es.clinica.store..";
    private static final String UI = "es.clinica.ui..";
    private static final String APP = "es.clinica.app..";

    /** Persistence and driver packages: only store adapters (and app's wiring) may touch them. */
    private static final String[] DRIVERS = {
        "jakarta.persistence..",
        "org.hibernate..",
        "com.mongodb..",
        "org.bson..",
        "io.lettuce..",
        "io.netty..",
        "java.sql..",
        "javax.sql..",
        "org.postgresql..",
        "com.zaxxer.hikari..",
        "org.flywaydb..",
        "redis.embedded..",
        "io.zonky..",
        "de.bwaldvogel.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages("es.clinica");
    }

    @Test
    void domainDependsOnNoOtherLayerAndNoFrameworkOrDriver() {
        noClasses()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(DRIVERS, SERVICE, STORE, UI, APP, "javafx.."))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void serviceDependsOnlyOnDomainJavaAndLogging() {
        classes()
                .that()
                .resideInAPackage(SERVICE)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(SERVICE, DOMAIN, "java..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void serviceUsesNoJdbcTypes() {
        noClasses()
                .that()
                .resideInAPackage(SERVICE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void storesKnowNothingOfTheWindowOrTheCompositionRoot() {
        noClasses()
                .that()
                .resideInAPackage(STORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(UI, APP, "javafx..")
                .check(classes);
    }

    @Test
    void sqlAdapterUsesNeitherMongoNorRedis() {
        adapterStaysInItsLane(
                "es.clinica.store.sql..",
                "es.clinica.store.mongo..",
                "es.clinica.store.redis..",
                "es.clinica.store.fhir..",
                "com.mongodb..",
                "org.bson..",
                "io.lettuce..");
    }

    @Test
    void mongoAdapterUsesNeitherSqlNorRedis() {
        adapterStaysInItsLane(
                "es.clinica.store.mongo..",
                "es.clinica.store.sql..",
                "es.clinica.store.redis..",
                "es.clinica.store.fhir..",
                "jakarta.persistence..",
                "org.hibernate..",
                "java.sql..",
                "javax.sql..",
                "io.lettuce..");
    }

    @Test
    void redisAdapterUsesNeitherSqlNorMongo() {
        adapterStaysInItsLane(
                "es.clinica.store.redis..",
                "es.clinica.store.sql..",
                "es.clinica.store.mongo..",
                "es.clinica.store.fhir..",
                "jakarta.persistence..",
                "org.hibernate..",
                "java.sql..",
                "javax.sql..",
                "com.mongodb..",
                "org.bson..");
    }

    @Test
    void fhirReaderIsAnAdapterThatTouchesNoDatabase() {
        noClasses()
                .that()
                .resideInAPackage("es.clinica.store.fhir..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        concat(
                                DRIVERS,
                                UI,
                                APP,
                                "javafx..",
                                "es.clinica.store.sql..",
                                "es.clinica.store.mongo..",
                                "es.clinica.store.redis.."))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void servicesAreReachedThroughPortsNotAdapters() {
        noClasses()
                .that()
                .resideInAnyPackage(SERVICE, DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(STORE)
                .check(classes);
    }

    @Test
    void windowUsesNoStoreNoCompositionRootAndNoDriver() {
        noClasses()
                .that()
                .resideInAPackage(UI)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(DRIVERS, STORE, APP))
                .check(classes);
    }

    @Test
    void viewModelsUseNoSceneStageOrFxml() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(classes);
    }

    @Test
    void viewModelsAndViewsLiveInTheWindowLayer() {
        classes()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .or()
                .haveSimpleNameEndingWith("View")
                .should()
                .resideInAPackage(UI)
                .check(classes);
    }

    @Test
    void fxmlControllersAreNamedView() {
        classes()
                .that()
                .resideInAPackage(UI)
                .and()
                .containAnyFieldsThat(FxmlPredicates.ANNOTATED_FXML)
                .should()
                .haveSimpleNameEndingWith("View")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootDependsOnIt() {
        noClasses()
                .that()
                .resideOutsideOfPackage(APP)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(APP)
                .check(classes);
    }

    @Test
    void onlyTheWindowLayerUsesJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackages(UI, APP)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp..")
                .check(classes);
    }

    private static void adapterStaysInItsLane(String adapter, String... forbidden) {
        noClasses()
                .that()
                .resideInAPackage(adapter)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .check(classes);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
