package es.clinica.ui.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.testsupport.TestClinic;
import es.clinica.ui.WorkstationRobot;
import es.clinica.ui.fhirimport.ImportChooser;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The login screen over real stores with the demo accounts. */
class LoginScreenIT {

    private static TestClinic clinic;
    private final WorkstationRobot window = new WorkstationRobot();

    @BeforeAll
    static void startClinic() {
        clinic = TestClinic.start();
    }

    @AfterAll
    static void closeClinic() {
        clinic.close();
    }

    @BeforeEach
    void openLoginScreen() throws Exception {
        clinic.services().auth().logout();
        window.open(clinic, services -> {}, ImportChooser.system());
        window.awaitNode("#usernameField");
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    private void logIn(String username, String password) {
        window.robot().clickOn("#usernameField").write(username);
        window.robot().clickOn("#passwordField").write(password).type(KeyCode.ENTER);
    }

    @ParameterizedTest
    @CsvSource({
        "recepcion, #receptionTitleLabel, #receptionNavButton",
        "medico, #consultationTitleLabel, #consultationNavButton",
        "facturacion, #billingTitleLabel, #billingNavButton",
        "admin, #adminTitleLabel, #adminNavButton"
    })
    void eachRoleLandsOnItsScreen(String username, String title, String navButton)
            throws Exception {
        logIn(username, username + "-demo");

        window.awaitNode(title);
        assertThat(window.visible(navButton)).isTrue();
        assertThat(window.visible("#liveNavButton")).isTrue();
        assertThat(window.text("#userLabel")).startsWith(username + " · ");
        assertThat(window.find("#usernameField")).isEmpty();
    }

    @Test
    void aWrongPasswordShowsTheServiceMessageAndStaysOnTheLoginScreen() throws Exception {
        logIn("admin", "not-the-password");

        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .untilAsserted(
                        () ->
                                assertThat(window.text("#loginMessageLabel"))
                                        .startsWith("The username or the password is not right."));
        assertThat(window.text("#passwordField")).isEmpty();
        assertThat(window.text("#usernameField")).isEqualTo("admin");
        assertThat(clinic.services().auth().currentActor()).isEmpty();
    }

    @Test
    void configuredServersShowNoDemoAccounts() throws Exception {
        assertThat(window.visible("#demoBannerBox")).isFalse();
    }

    @Test
    void logOutReturnsToTheLoginScreen() throws Exception {
        logIn("recepcion", "recepcion-demo");
        window.awaitNode("#receptionTitleLabel");

        window.robot().push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q);

        window.awaitNode("#usernameField");
        assertThat(window.text("#usernameField")).isEmpty();
        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> clinic.services().auth().currentActor().isEmpty());
    }
}
