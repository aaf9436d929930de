package es.clinica.ui;

import static es.clinica.ui.WorkstationRobot.fx;
import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.testsupport.TestClinic;
import es.clinica.ui.i18n.Localization;
import es.clinica.ui.live.WaitLevel;
import es.clinica.ui.live.WaitingRow;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** A patient checked in at reception shows on the live panel within a few polls. */
class LivePanelIT {

    @RegisterExtension final TestClinic clinic = TestClinic.start();
    @RegisterExtension final WorkstationRobot window = new WorkstationRobot();
    private final FxRobot robot = window.robot();

    @Test
    void checkedInPatientAppearsInTheWaitingListWithTodaysCount() throws Exception {
        new ScreenFlows(clinic.services()).logIn("recepcion");
        open();
        robot.clickOn("#liveNavButton");
        window.waitFor(() -> window.text("#liveTodayCountLabel").equals("0"));

        // The front desk checks the patient in on its own workstation while the panel polls.
        try (TestClinic frontDesk = clinic.anotherWorkstation()) {
            new ScreenFlows(frontDesk.services()).checkedInPatient("87654321X", "Tomás", "Ibáñez");
        }

        window.waitFor(() -> liveWaitingList().getItems().size() == 1);
        WaitingRow row = fx(() -> liveWaitingList().getItems().get(0));
        assertThat(row.text()).startsWith("Tomás Ibáñez");
        assertThat(row.waited()).isEqualTo("0 min");
        assertThat(row.level()).isEqualTo(WaitLevel.SHORT);
        window.waitFor(() -> window.text("#liveTodayCountLabel").equals("1"));
        assertThat(fx(() -> robot.lookup("#liveUnavailableLabel").query().isVisible())).isFalse();
        NumberAxis quantities = robot.lookup("#liveRankingQuantityAxis").query();
        assertThat(fx(() -> quantities.getTickLabelFormatter().toString(12500)))
                .as("the ranking's axis writes numbers the Spanish way")
                .isEqualTo("12.500");
    }

    @SuppressWarnings("unchecked")
    private ListView<WaitingRow> liveWaitingList() {
        return (ListView<WaitingRow>) robot.lookup("#liveWaitingList").query();
    }

    private void open() throws TimeoutException {
        window.open(clinic, Localization.SPANISH);
        window.awaitNode("#liveNavButton");
    }
}
