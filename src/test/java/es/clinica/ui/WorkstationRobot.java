package es.clinica.ui;

import static org.awaitility.Awaitility.await;

import es.clinica.service.ClinicServices;
import es.clinica.testsupport.TestClinic;
import es.clinica.ui.fhirimport.ImportChooser;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the workstation window in English over a {@link TestClinic} and reads it through fx:id
 * lookups on the FX thread. The backend hands over the clinic's services after an optional login in
 * the test (so the login screen skips itself) and leaves the clinic open: the test closes it.
 */
public final class WorkstationRobot implements AfterEachCallback {

    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private final FxRobot robot = new FxRobot();
    private WorkstationApp app;

    public FxRobot robot() {
        return robot;
    }

    /** Opens the window; {@code beforeWindow} runs on the backend thread, e.g. to log in. */
    public void open(
            TestClinic clinic, Consumer<ClinicServices> beforeWindow, ImportChooser chooser)
            throws TimeoutException {
        open(clinic, Locale.ENGLISH, beforeWindow, chooser, UiSettings.defaults());
    }

    /**
     * Like {@link #open(TestClinic, Consumer, ImportChooser)}, with the window's settings (e.g. a
     * journal folder of the test's own).
     */
    public void open(
            TestClinic clinic,
            Consumer<ClinicServices> beforeWindow,
            ImportChooser chooser,
            UiSettings settings)
            throws TimeoutException {
        open(clinic, Locale.ENGLISH, beforeWindow, chooser, settings);
    }

    /** Opens the window in a language over the clinic as it is (log in before, if at all). */
    public void open(TestClinic clinic, Locale locale) throws TimeoutException {
        open(clinic, locale, services -> {}, ImportChooser.system(), UiSettings.defaults());
    }

    /** The same, with the journal folder and zone the backend hands the window. */
    public void open(TestClinic clinic, Locale locale, UiSettings settings)
            throws TimeoutException {
        open(clinic, locale, services -> {}, ImportChooser.system(), settings);
    }

    private void open(
            TestClinic clinic,
            Locale locale,
            Consumer<ClinicServices> beforeWindow,
            ImportChooser chooser,
            UiSettings settings)
            throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Backend backend =
                new Backend() {
                    @Override
                    public ClinicServices start(Consumer<String> progress) {
                        beforeWindow.accept(clinic.services());
                        return clinic.services();
                    }

                    @Override
                    public void stop() {
                        // The test closes its clinic.
                    }

                    @Override
                    public UiSettings uiSettings() {
                        return settings;
                    }
                };
        app =
                (WorkstationApp)
                        FxToolkit.setupApplication(
                                () ->
                                        new WorkstationApp(
                                                locale,
                                                backend,
                                                Duration.ofSeconds(5),
                                                () -> {},
                                                WindowMemory.inMemory(),
                                                chooser));
    }

    /** Closes the window and its stages; a window already closed is left as it is. */
    public void close() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    /** As a {@code @RegisterExtension} field, the window closes after each test by itself. */
    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        close();
    }

    public void awaitNode(String query) {
        // A busy machine may keep the FX thread from answering one look; the next one counts.
        await().atMost(PATIENCE).ignoreExceptions().until(() -> find(query).isPresent());
    }

    /** Waits until the condition, read on the FX thread, holds. */
    public void waitFor(Callable<Boolean> condition) {
        await().atMost(PATIENCE).ignoreExceptions().until(() -> fx(condition));
    }

    public Optional<Node> find(String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery());
    }

    public String text(String query) throws Exception {
        return fx(
                () -> {
                    Node node = robot.lookup(query).query();
                    return node instanceof Labeled
                            ? ((Labeled) node).getText()
                            : ((TextInputControl) node).getText();
                });
    }

    public boolean visible(String query) throws Exception {
        return fx(() -> robot.lookup(query).query().isVisible());
    }

    /** Reads the scene on the FX thread, where it is safe to read. */
    public static <T> T fx(Callable<T> read)
            throws InterruptedException, ExecutionException, TimeoutException {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
