package es.clinica.ui;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.service.ClinicServices;
import es.clinica.testsupport.TestClinic;
import es.clinica.ui.i18n.Localization;
import es.clinica.ui.live.WaitLevel;
import es.clinica.ui.live.WaitingRow;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A patient checked in at reception shows on the live panel within a few polls. */
class LivePanelIT {

    private static final long PATIENCE = 20;

    private final FxRobot robot = new FxRobot();
    private TestClinic clinic;
    private WorkstationApp app;

    @BeforeEach
    void openClinic() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        clinic = TestClinic.start();
    }

    @AfterEach
    void closeClinic() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        clinic.close();
    }

    @Test
    void checkedInPatientAppearsInTheWaitingListWithTodaysCount() throws Exception {
        ScreenFlows flows = new ScreenFlows(clinic.services());
        flows.logIn("recepcion");
        open(clinic.services());
        robot.clickOn("#liveNavButton");
        waitFor(() -> text("#liveTodayCountLabel").equals("0"));
        clinic.services().auth().logout();

        flows.checkedInPatient("87654321X", "Tomás", "Ibáñez");
        flows.logIn("recepcion");

        waitFor(() -> liveWaitingList().getItems().size() == 1);
        WaitingRow row = fx(() -> liveWaitingList().getItems().get(0));
        assertThat(row.text()).startsWith("Tomás Ibáñez");
        assertThat(row.waited()).isEqualTo("0 min");
        assertThat(row.level()).isEqualTo(WaitLevel.SHORT);
        waitFor(() -> text("#liveTodayCountLabel").equals("1"));
        assertThat(fx(() -> robot.lookup("#liveUnavailableLabel").query().isVisible())).isFalse();
    }

    @SuppressWarnings("unchecked")
    private ListView<WaitingRow> liveWaitingList() {
        return (ListView<WaitingRow>) robot.lookup("#liveWaitingList").query();
    }

    private void open(ClinicServices services) throws TimeoutException {
        Backend backend =
                new Backend() {
                    @Override
                    public ClinicServices start(Consumer<String> progress) {
                        return services;
                    }

                    @Override
                    public void stop() {
                        // The test closes its clinic itself.
                    }
                };
        app =
                (WorkstationApp)
                        FxToolkit.setupApplication(
                                () ->
                                        new WorkstationApp(
                                                Localization.SPANISH,
                                                backend,
                                                Duration.ofSeconds(5),
                                                () -> {}));
        waitFor(() -> robot.lookup("#liveNavButton").tryQuery().isPresent());
    }

    private String text(String query) throws Exception {
        return fx(() -> ((Labeled) robot.lookup(query).query()).getText());
    }

    private void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE, TimeUnit.SECONDS, () -> fx(condition));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
