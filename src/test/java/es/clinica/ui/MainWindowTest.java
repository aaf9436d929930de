package es.clinica.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.service.ConflictException;
import es.clinica.service.StoreKind;
import es.clinica.service.StoreState;
import es.clinica.ui.i18n.Localization;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The workstation window over a stub backend, driven through fx:id lookups, headless. */
class MainWindowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final FxRobot robot = new FxRobot();
    private final CountDownLatch exited = new CountDownLatch(1);
    private Stage stage;
    private WorkstationApp app;
    private StubBackend backend;

    @BeforeEach
    void registerStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void startupProgressGivesWayToTheMainWindow() throws Exception {
        open(StubBackend.held());

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(text("#startupStepLabel")).contains("PostgreSQL"));
        assertThat(find("#receptionNavButton")).isEmpty();
        backend.finishStart();

        await().atMost(PATIENCE).until(() -> find("#receptionNavButton").isPresent());
        assertThat(find("#startupStepLabel")).isEmpty();
        assertThat(text("#receptionTitleLabel")).isEqualTo("Recepción");
    }

    @Test
    void navigationShowsTheScreensOfTheRole() throws Exception {
        openReady();

        assertThat(visible("#consultationNavButton")).isFalse();
        assertThat(visible("#billingNavButton")).isFalse();
        assertThat(visible("#adminNavButton")).isFalse();
        robot.clickOn("#liveNavButton");
        await().atMost(PATIENCE).until(() -> find("#liveTitleLabel").isPresent());
        assertThat(selected("#liveNavButton")).isTrue();
        assertThat(selected("#receptionNavButton")).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        await().atMost(PATIENCE).until(() -> find("#receptionTitleLabel").isPresent());
        assertThat(selected("#receptionNavButton")).isTrue();
        assertThat(find("#liveTitleLabel")).isEmpty();
    }

    @Test
    void statusBarShowsThreeStoresUp() throws Exception {
        openReady();

        await().atMost(PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(text("#statusMessageLabel"))
                                        .isEqualTo("Todos los almacenes responden."));
        assertThat(text("#postgresqlStatusLabel")).isEqualTo("PostgreSQL: integrado");
        assertThat(text("#mongodbStatusLabel")).isEqualTo("MongoDB: integrado");
        assertThat(text("#redisStatusLabel")).isEqualTo("Redis: integrado");
        assertThat(fx(() -> node("#storeStatusBar").isVisible())).isTrue();
    }

    @Test
    void storeGoingAwayAndComingBackShowsInTheStatusBar() throws Exception {
        openReady();
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(text("#redisStatusLabel")).endsWith("integrado"));

        // The status bar's listeners must outlive a garbage collection, not only the first seconds.
        System.gc();
        backend.health().set(StoreKind.REDIS, StoreState.UNREACHABLE);
        await().atMost(PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(text("#redisStatusLabel"))
                                        .isEqualTo("Redis: sin respuesta"));
        assertThat(fx(() -> node("#redisStatusLabel").getStyleClass()))
                .contains("store-unreachable");
        assertThat(text("#statusMessageLabel")).startsWith("Un almacén no responde");
        assertThat(text("#postgresqlStatusLabel")).isEqualTo("PostgreSQL: integrado");

        backend.health().set(StoreKind.REDIS, StoreState.CONNECTED);
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(text("#redisStatusLabel")).isEqualTo("Redis: conectado"));
    }

    @Test
    void languageSwitchReloadsTheTextsAndKeepsTheScreen() throws Exception {
        openReady();
        robot.clickOn("#liveNavButton");
        await().atMost(PATIENCE).until(() -> find("#liveTitleLabel").isPresent());
        assertThat(text("#receptionNavButton")).isEqualTo("Recepción");

        robot.clickOn("Idioma").clickOn("English");

        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(text("#receptionNavButton")).isEqualTo("Reception"));
        assertThat(text("#liveTitleLabel")).isEqualTo("Live panel");
        assertThat(selected("#liveNavButton")).isTrue();
        await().atMost(PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(text("#postgresqlStatusLabel"))
                                        .isEqualTo("PostgreSQL: embedded"));
    }

    @Test
    void startFailureShowsItsLocalizedMessageAndCloses() throws Exception {
        open(StubBackend.failing(new ConflictException("startup.homeInUse", "/srv/clinica")));

        await().atMost(PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(text("#startupFailureLabel"))
                                        .startsWith("Otro puesto de Clinica")
                                        .contains("/srv/clinica"));
        assertThat(text("#startupFailureLabel")).doesNotContain("Exception");
        assertThat(text("#startupStepLabel"))
                .isEqualTo("El puesto de trabajo no ha podido arrancar.");

        robot.clickOn("#startupCloseButton");
        assertThat(exited.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(backend.stops()).isEqualTo(1);
    }

    @Test
    void closingTheWindowStopsTheBackendOffTheFxThread() throws Exception {
        openReady();

        robot.interact(
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(exited.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(backend.stops()).isEqualTo(1);
        assertThat(backend.stopThread()).isEqualTo("clinica-stop");
    }

    private void openReady() throws Exception {
        open(StubBackend.ready());
        await().atMost(PATIENCE).until(() -> find("#receptionNavButton").isPresent());
    }

    private void open(StubBackend stub) throws TimeoutException {
        backend = stub;
        app =
                (WorkstationApp)
                        FxToolkit.setupApplication(
                                () ->
                                        new WorkstationApp(
                                                Localization.SPANISH,
                                                stub,
                                                Duration.ofMillis(200),
                                                exited::countDown));
    }

    private Optional<Node> find(String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery());
    }

    private Node node(String query) {
        return robot.lookup(query).query();
    }

    private String text(String query) throws Exception {
        return fx(() -> ((Labeled) node(query)).getText());
    }

    private boolean visible(String query) throws Exception {
        return fx(() -> node(query).isVisible());
    }

    private boolean selected(String query) throws Exception {
        return fx(() -> ((ToggleButton) node(query)).isSelected());
    }

    /** Reads the scene on the FX thread, where it is safe to read. */
    private static <T> T fx(Callable<T> read)
            throws InterruptedException, ExecutionException, TimeoutException {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
