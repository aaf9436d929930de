package es.clinica.ui;

import atlantafx.base.theme.PrimerLight;
import es.clinica.service.Actor;
import es.clinica.service.ClinicServices;
import es.clinica.ui.fhirimport.ImportChooser;
import es.clinica.ui.fx.Background;
import es.clinica.ui.fx.Cancellable;
import es.clinica.ui.fx.JournalWriter;
import es.clinica.ui.fx.Periodic;
import es.clinica.ui.fx.ViewFactory;
import es.clinica.ui.fx.ViewLoader;
import es.clinica.ui.i18n.Localization;
import es.clinica.ui.login.LoginView;
import es.clinica.ui.login.LoginViewModel;
import es.clinica.ui.login.ReloginDialog;
import es.clinica.ui.login.ReloginView;
import es.clinica.ui.login.ReloginViewModel;
import es.clinica.ui.startup.StartupView;
import es.clinica.ui.startup.StartupViewModel;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation window. It opens at once on a start-up screen while the backend starts in the
 * background, then shows the login screen, or goes straight to the main window when a session is
 * already open ({@code services.auth().currentActor()} present). Logging in builds the main window
 * for that person's role; logging out returns to the login screen. A call refused because the
 * session expired opens the password dialog over the current screen (see {@link ReloginViewModel}).
 * Closing the window stops the backend off the JavaFX thread, then ends the toolkit. Its size, the
 * language chosen and each role's last screen are kept in a {@link WindowMemory}.
 *
 * <p>Started by {@link #launch(Locale, Backend)} from a plain class-path {@code main}; tests build
 * it with their own backend through the package-private constructor and TestFX.
 */
public final class WorkstationApp extends Application {

    /** How often the status bar probes the stores. */
    static final Duration STATUS_REFRESH = Duration.ofSeconds(5);

    /** The longest the window waits, when it closes, for the local journal to reach the disk. */
    static final Duration JOURNAL_PATIENCE = Duration.ofSeconds(5);

    private static final Logger LOGGER = LoggerFactory.getLogger(WorkstationApp.class);
    private static final String STARTUP_VIEW = "/es/clinica/ui/startup/StartupView.fxml";
    private static final String LOGIN_VIEW = "/es/clinica/ui/login/LoginView.fxml";
    private static final String RELOGIN_VIEW = "/es/clinica/ui/login/ReloginView.fxml";
    private static final String THEME = "/es/clinica/ui/clinica.css";

    // JavaFX builds the Application itself by reflection; launch() hands it its arguments here.
    private static volatile Locale launchLocale;
    private static volatile Backend launchBackend;

    private final Localization localization;
    private final Backend backend;
    private final Duration statusRefresh;
    private final Runnable exitToolkit;
    private final WindowMemory memory;
    private final ImportChooser chooser;
    private final AtomicBoolean backendStopped = new AtomicBoolean();
    private Background background;
    private JournalWriter journal;
    private Stage stage;
    private ClinicServices services;
    private ReloginViewModel relogin;
    private Supplier<Parent> currentRoot;
    private Optional<Cancellable> statusTimer = Optional.empty();
    private Optional<Workbench> workbench = Optional.empty();
    private boolean exiting;

    /** Used by JavaFX after {@link #launch(Locale, Backend)}. */
    public WorkstationApp() {
        this(
                Objects.requireNonNull(launchLocale, "Use WorkstationApp.launch(Locale, Backend)"),
                Objects.requireNonNull(launchBackend, "Use WorkstationApp.launch(Locale, Backend)"),
                STATUS_REFRESH,
                Platform::exit,
                WindowMemory.userPreferences(),
                ImportChooser.system());
    }

    /** For tests: remembers nothing between runs and uses the system's file choosers. */
    WorkstationApp(Locale locale, Backend backend, Duration statusRefresh, Runnable exitToolkit) {
        this(
                locale,
                backend,
                statusRefresh,
                exitToolkit,
                WindowMemory.inMemory(),
                ImportChooser.system());
    }

    /**
     * @param exitToolkit ends the JavaFX toolkit once the backend stopped; tests pass their own so
     *     the toolkit survives for the next test
     * @param memory where the window's size, language and last screens are kept
     * @param chooser asks for the files to import; tests pass one that needs no dialog
     */
    WorkstationApp(
            Locale locale,
            Backend backend,
            Duration statusRefresh,
            Runnable exitToolkit,
            WindowMemory memory,
            ImportChooser chooser) {
        this.localization = new Localization(memory.language().orElse(locale));
        this.backend = backend;
        this.statusRefresh = statusRefresh;
        this.exitToolkit = exitToolkit;
        this.memory = memory;
        this.chooser = chooser;
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
        journal = JournalWriter.forFx();
        StartupViewModel startup = new StartupViewModel(background, localization, this::exit);
        ViewFactory views =
                new ViewFactory().register(StartupView.class, () -> new StartupView(startup));
        double[] size = memory.size().orElse(new double[] {1180, 740});
        stage.setScene(
                new Scene(
                        new ViewLoader(localization, views).load(STARTUP_VIEW), size[0], size[1]));
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
        localization.messagesProperty().addListener((o, old, now) -> relocalize());
        startup.start(backend, this::backendReady);
    }

    private void backendReady(ClinicServices ready) {
        services = ready;
        relogin = new ReloginViewModel(ready.auth(), background, localization, this::showLogin);
        ViewLoader dialogs =
                new ViewLoader(
                        localization,
                        new ViewFactory()
                                .register(ReloginView.class, () -> new ReloginView(relogin)));
        new ReloginDialog(relogin, stage, () -> dialogs.load(RELOGIN_VIEW), themeUrl());
        background.onSessionExpired(relogin);
        // The session may already be open (a test logged in): then no login screen is shown.
        background.run(
                () -> ready.auth().currentActor(),
                actor -> actor.ifPresentOrElse(this::openWorkbench, this::showLogin),
                failure -> showLogin());
    }

    private void showLogin() {
        stopStatusTimer();
        LoginViewModel login =
                new LoginViewModel(
                        services.auth(),
                        services.health(),
                        background,
                        localization,
                        this::openWorkbench);
        ViewLoader loader =
                new ViewLoader(
                        localization,
                        new ViewFactory().register(LoginView.class, () -> new LoginView(login)));
        showRoot(() -> loader.load(LOGIN_VIEW));
        login.open();
    }

    private void openWorkbench(Actor actor) {
        relogin.loggedIn(actor.username());
        Workbench.Desk desk =
                new Workbench.Desk(memory, this::exit, this::logout, chooser, themeUrl(), journal);
        closeWorkbench();
        Workbench workbench =
                new Workbench(
                        services, background, localization, backend.uiSettings(), actor, desk);
        this.workbench = Optional.of(workbench);
        showRoot(workbench::loadMainView);
        workbench.refreshStatus();
        stopStatusTimer();
        statusTimer =
                Optional.of(
                        Periodic.every(statusRefresh, "clinica-status", workbench::refreshStatus));
        LOGGER.info("Workstation window ready for a {} session", actor.role());
    }

    private void logout() {
        stopStatusTimer();
        closeWorkbench();
        relogin.loggedOut();
        background.run(() -> services.auth().logout(), this::showLogin, failure -> showLogin());
    }

    /** Stops the screens' timers and journals what is typed before the screens go away. */
    private void closeWorkbench() {
        workbench.ifPresent(Workbench::close);
        workbench = Optional.empty();
    }

    private void stopStatusTimer() {
        statusTimer.ifPresent(Cancellable::cancel);
        statusTimer = Optional.empty();
    }

    private void relocalize() {
        memory.language(localization.locale());
        stage.setTitle(localization.get("app.title"));
        if (currentRoot != null) {
            stage.getScene().setRoot(currentRoot.get());
        }
    }

    private void showRoot(Supplier<Parent> root) {
        currentRoot = root;
        stage.getScene().setRoot(root.get());
    }

    /** Stops the stores in the background (the window stays responsive), then ends the toolkit. */
    private void exit() {
        if (exiting) {
            return;
        }
        exiting = true;
        memory.size(stage.getWidth(), stage.getHeight());
        stopStatusTimer();
        closeWorkbench();
        stage.getScene().getRoot().setDisable(true);
        Thread stopper = new Thread(this::stopBackendThenExit, "clinica-stop");
        stopper.start();
    }

    private void stopBackendThenExit() {
        try {
            journal.close(JOURNAL_PATIENCE);
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
        if (journal != null) {
            // The toolkit is ending: a bounded wait, so what was typed last reaches the disk.
            journal.close(JOURNAL_PATIENCE);
        }
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
