package es.clinica.ui;

import atlantafx.base.theme.PrimerLight;
import es.clinica.service.ClinicServices;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Cancellable;
import es.clinica.ui.fx.Periodic;
import es.clinica.ui.fx.ViewFactory;
import es.clinica.ui.fx.ViewLoader;
import es.clinica.ui.i18n.Localization;
import es.clinica.ui.startup.StartupView;
import es.clinica.ui.startup.StartupViewModel;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation window. It opens at once on a start-up screen while the backend starts in the
 * background, then shows the main window. Closing it stops the backend off the JavaFX thread, then
 * ends the toolkit.
 *
 * <p>Started by {@link #launch(Locale, Backend)} from a plain class-path {@code main}; tests build
 * it with their own backend through the package-private constructor and TestFX.
 */
public final class WorkstationApp extends Application {

    /** How often the status bar probes the stores. */
    static final Duration STATUS_REFRESH = Duration.ofSeconds(5);

    private static final Logger LOGGER = LoggerFactory.getLogger(WorkstationApp.class);
    private static final String STARTUP_VIEW = "/es/clinica/ui/startup/StartupView.fxml";
    private static final String THEME = "/es/clinica/ui/clinica.css";

    // JavaFX builds the Application itself by reflection; launch() hands it its arguments here.
    private static volatile Locale launchLocale;
    private static volatile Backend launchBackend;

    private final Localization localization;
    private final Backend backend;
    private final Duration statusRefresh;
    private final Runnable exitToolkit;
    private final AtomicBoolean backendStopped = new AtomicBoolean();
    private Background background;
    private Stage stage;
    private Optional<Cancellable> statusTimer = Optional.empty();
    private Optional<Workbench> workbench = Optional.empty();
    private boolean exiting;

    /** Used by JavaFX after {@link #launch(Locale, Backend)}. */
    public WorkstationApp() {
        this(
                Objects.requireNonNull(launchLocale, "Use WorkstationApp.launch(Locale, Backend)"),
                Objects.requireNonNull(launchBackend, "Use WorkstationApp.launch(Locale, Backend)"),
                STATUS_REFRESH,
                Platform::exit);
    }

    /**
     * @param exitToolkit ends the JavaFX toolkit once the backend stopped; tests pass their own so
     *     the toolkit survives for the next test
     */
    WorkstationApp(Locale locale, Backend backend, Duration statusRefresh, Runnable exitToolkit) {
        this.localization = new Localization(locale);
        this.backend = backend;
        this.statusRefresh = statusRefresh;
        this.exitToolkit = exitToolkit;
    }

    /** Opens the window, starting the backend behind a progress screen; returns when closed. */
    public static void launch(Locale locale, Backend backend) {
        launchLocale = Objects.requireNonNull(locale);
        launchBackend = Objects.requireNonNull(backend);
        Application.launch(WorkstationApp.class);
    }

    @Override
    public void start(Stage primaryStage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = primaryStage;
        background = Background.forFx(localization);
        StartupViewModel startup = new StartupViewModel(background, localization, this::exit);
        ViewFactory views =
                new ViewFactory().register(StartupView.class, () -> new StartupView(startup));
        stage.setScene(
                new Scene(new ViewLoader(localization, views).load(STARTUP_VIEW), 1180, 740));
        stage.getScene().getStylesheets().add(themeUrl());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setTitle(localization.get("app.title"));
        stage.setOnCloseRequest(
                event -> {
                    event.consume();
                    exit();
                });
        stage.show();
        startup.start(backend, this::openWorkbench);
    }

    private void openWorkbench(ClinicServices services) {
        Workbench workbench =
                new Workbench(services, background, localization, backend.uiSettings(), this::exit);
        showRoot(workbench.loadMainView());
        localization.messagesProperty().addListener((o, old, now) -> relocalize(workbench));
        workbench.refreshStatus();
        statusTimer =
                Optional.of(
                        Periodic.every(statusRefresh, "clinica-status", workbench::refreshStatus));
        LOGGER.info("Workstation window ready");
    }

    private void relocalize(Workbench workbench) {
        stage.setTitle(localization.get("app.title"));
        showRoot(workbench.loadMainView());
    }

    private void showRoot(Parent root) {
        stage.getScene().setRoot(root);
    }

    /** Stops the stores in the background (the window stays responsive), then ends the toolkit. */
    private void exit() {
        if (exiting) {
            return;
        }
        exiting = true;
        statusTimer.ifPresent(Cancellable::cancel);
        workbench.ifPresent(Workbench::close);
        stage.getScene().getRoot().setDisable(true);
        Thread stopper = new Thread(this::stopBackendThenExit, "clinica-stop");
        stopper.start();
    }

    private void stopBackendThenExit() {
        try {
            stopBackend();
        } finally {
            Platform.runLater(exitToolkit);
        }
    }

    private void stopBackend() {
        if (backendStopped.compareAndSet(false, true)) {
            try {
                backend.stop();
            } catch (RuntimeException e) {
                // Top of the stop thread: the window is closing anyway; the log keeps the cause.
                LOGGER.error("Stopping the stores failed", e);
            }
        }
    }

    /** Called when the toolkit ends, however it ends: the stores must not outlive the window. */
    @Override
    public void stop() {
        statusTimer.ifPresent(Cancellable::cancel);
        workbench.ifPresent(Workbench::close);
        stopBackend();
        if (background != null) {
            background.close();
        }
    }

    private static String themeUrl() {
        return Objects.requireNonNull(WorkstationApp.class.getResource(THEME), THEME)
                .toExternalForm();
    }
}
