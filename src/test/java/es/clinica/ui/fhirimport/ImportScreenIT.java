package es.clinica.ui.fhirimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.testsupport.TestClinic;
import es.clinica.ui.WorkstationRobot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * File → Import FHIR… over real stores. The system's choosers cannot be driven headless, so the
 * test's chooser answers with the small bundles of {@code src/test/resources/fhir/}.
 */
class ImportScreenIT {

    private static final Path BUNDLES = Path.of("src/test/resources/fhir");

    @RegisterExtension final TestClinic clinic = TestClinic.start();
    @RegisterExtension final WorkstationRobot window = new WorkstationRobot();

    @Test
    void importingTwoBundlesShowsTheSummaryAndThePatientsAreThere() throws Exception {
        window.open(
                clinic,
                services -> services.auth().login("admin", "admin-demo".toCharArray()),
                new ImportChooser() {
                    @Override
                    public List<Path> files(Window owner) {
                        return List.of(
                                BUNDLES.resolve("transaction-two-patients.json"),
                                BUNDLES.resolve("not-fhir.csv"));
                    }

                    @Override
                    public Optional<Path> folder(Window owner) {
                        return Optional.of(BUNDLES);
                    }
                });
        window.awaitNode("#adminTitleLabel");

        window.robot().push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        window.awaitNode("#importFilesButton");
        window.robot().clickOn("#importFilesButton");
        window.robot().clickOn("#importStartButton");

        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .untilAsserted(
                        () ->
                                assertThat(window.text("#importStatusLabel"))
                                        .isEqualTo("Import finished."));
        List<String> summary = summary();
        assertThat(summary.get(0))
                .startsWith("2 files: 2 patients created, 0 updated, 0 unchanged");
        assertThat(summary).anyMatch(line -> line.startsWith("The file not-fhir.csv"));
        assertThat(clinic.services().patients().search("echevarria nunez", 10)).hasSize(1);
    }

    @Test
    void aFolderImportedTwiceCreatesNothingTheSecondTime() throws Exception {
        window.open(
                clinic,
                services -> services.auth().login("admin", "admin-demo".toCharArray()),
                new ImportChooser() {
                    @Override
                    public List<Path> files(Window owner) {
                        return List.of();
                    }

                    @Override
                    public Optional<Path> folder(Window owner) {
                        return Optional.of(BUNDLES);
                    }
                });
        window.awaitNode("#adminTitleLabel");
        window.robot().push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        window.awaitNode("#importFolderButton");

        for (String expected : List.of("0 unchanged", "0 patients created")) {
            window.robot().clickOn("#importFolderButton").clickOn("#importStartButton");
            await().atMost(WorkstationRobot.PATIENCE)
                    .ignoreExceptions()
                    .untilAsserted(() -> assertThat(summary()).isNotEmpty());
            assertThat(summary().get(0)).contains(expected);
        }
        assertThat(summary()).anyMatch(line -> line.contains("skipped"));
    }

    @SuppressWarnings("unchecked")
    private List<String> summary() throws Exception {
        return WorkstationRobot.fx(
                () ->
                        List.copyOf(
                                ((ListView<String>)
                                                window.robot().lookup("#importSummaryList").query())
                                        .getItems()));
    }
}
