package es.clinica.ui;

import static org.awaitility.Awaitility.await;

import es.clinica.domain.AllergySeverity;
import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.Doctor;
import es.clinica.domain.NationalId;
import es.clinica.domain.Sex;
import es.clinica.service.AppointmentEntry;
import es.clinica.ui.fhirimport.ImportChooser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.awaitility.core.ConditionTimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A day at the clinic through the real window, photographed screen by screen for the README. It
 * starts the whole workstation on the embedded default (its own PostgreSQL, Redis and MongoDB-wire
 * servers under {@code target/screenshot-tour/}), seeds a synthetic clinic, then drives the window
 * in Spanish with the TestFX robot, finding every control by its fx:id: reception registers and
 * books a patient and checks her in, the doctor calls her and writes the note, the live panel and
 * the waiting-room display show the state, billing issues the invoice and the administrator reads
 * who accessed her record. Each step writes a PNG of the window.
 *
 * <p>A tool, not a test: {@code mvn -q -Pscreenshots test-compile exec:java} (see README), headless
 * under Monocle unless {@code glass.platform} is set. The argument is the folder for the pictures
 * (default {@code docs/screenshots}). A step that cannot find its control stops the tour with a
 * message naming the step and the fx:id.
 */
public final class ScreenshotTour {

    /** How long one control may take to appear or change. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The seed and the embedded servers come first: the login screen may take minutes. */
    private static final Duration START_PATIENCE = Duration.ofMinutes(5);

    /** The whole tour takes two or three minutes; past this it is stuck. */
    private static final Duration LONGEST = Duration.ofMinutes(15);

    private static final String WIDTH = "1280";
    private static final String HEIGHT = "800";

    /** The patient of the day, registered through the reception screen. */
    private static final String GIVEN = "María José";

    private static final String SURNAME = "Núñez";

    private final FxRobot robot = new FxRobot();
    private final Path target;
    private final TourBackend backend;
    private Stage stage;
    private WorkstationApp app;
    private String step = "start";

    private ScreenshotTour(Path target, Path home) {
        this.target = target;
        this.backend = new TourBackend(home);
    }

    public static void main(String[] args) throws Exception {
        headlessUnlessToldOtherwise();
        Path target = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Path home =
                Path.of("target", "screenshot-tour", "home-" + System.currentTimeMillis())
                        .toAbsolutePath();
        Files.createDirectories(home);
        // Before the first logger exists, so the log lands beside the tour's data.
        System.setProperty("clinica.home", home.toString());
        ScreenshotTour tour = new ScreenshotTour(target, home);
        tour.watchdog();
        int code = 0;
        try {
            tour.run();
            System.out.println("Screenshots written to " + target);
        } catch (RuntimeException e) {
            System.err.println("Screenshot tour failed at step '" + tour.step + "': " + e);
            e.printStackTrace();
            tour.failureShot(home.resolveSibling(home.getFileName() + "-failure.png"));
            code = 1;
        } finally {
            tour.close();
        }
        System.exit(code);
    }

    /** Monocle's headless glass with software rendering, sized like a laptop screen. */
    private static void headlessUnlessToldOtherwise() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("headless.geometry", WIDTH + "x" + HEIGHT + "-32");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("testfx.robot", "glass");
            System.setProperty("testfx.headless", "true");
        }
    }

    private void run() {
        open();
        login();
        reception();
        booking();
        today();
        switchUser("medico");
        consultation();
        livePanel();
        signAndComplete();
        switchUser("facturacion");
        billing();
        invoiceList();
        switchUser("admin");
        accesses();
        switchUser("medico");
        waitingRoom();
    }

    private void open() {
        step = "open the window";
        try {
            stage = FxToolkit.registerPrimaryStage();
            WindowMemory memory = WindowMemory.inMemory();
            memory.size(Double.parseDouble(WIDTH), Double.parseDouble(HEIGHT));
            app =
                    (WorkstationApp)
                            FxToolkit.setupApplication(
                                    () ->
                                            new WorkstationApp(
                                                    Locale.forLanguageTag("es-ES"),
                                                    backend,
                                                    Duration.ofSeconds(5),
                                                    () -> {},
                                                    memory,
                                                    ImportChooser.system()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the window did not open", e);
        }
    }

    private void login() {
        step = "login screen with the demo accounts";
        waitFor("the login screen", START_PATIENCE, () -> present("#usernameField"));
        waitFor(
                "the demo accounts",
                () -> visible("#demoBannerBox") && !text("#demoAccountsLabel").isBlank());
        shot("01-login");
        logIn("recepcion");
    }

    private void reception() {
        step = "reception: a new patient with two allergies";
        node("#searchField");
        typeInto("#nationalIdField", "48273619" + NationalId.dniLetter(48273619));
        typeInto("#givenNamesField", GIVEN);
        typeInto("#firstSurnameField", SURNAME);
        typeInto("#secondSurnameField", "Pérez");
        typeInto("#dateOfBirthPicker .text-field", "15/03/1980");
        robot.type(KeyCode.TAB);
        choose("#sexComboBox", Sex.FEMALE::equals);
        typeInto("#phoneField", "+34 600 123 456");
        typeInto("#emailField", "mjose.nunez@example.org");
        addAllergy("Penicilina", "Anafilaxia", AllergySeverity.SEVERE);
        addAllergy("Látex", "Urticaria", AllergySeverity.MODERATE);
        click("#savePatientButton");
        waitFor("the saved message", () -> !text("#messageLabel").isBlank());
        if (visible("#similarBox")) {
            click("#dismissSimilarButton");
        }
        typeInto("#searchField", "mar");
        waitFor("search results", () -> items("#resultsTable") > 3);
        shot("02-reception-patient");
    }

    private void addAllergy(String substance, String reaction, AllergySeverity severity) {
        typeInto("#allergySubstanceField", substance);
        typeInto("#allergyReactionField", reaction);
        choose("#allergySeverityComboBox", severity::equals);
        int before = items("#allergiesTable");
        click("#addAllergyButton");
        waitFor(
                "the allergy " + substance + " in the table",
                () -> items("#allergiesTable") == before + 1);
    }

    private void booking() {
        step = "reception: booking a free slot";
        click("#bookForPatientButton");
        choose("#doctorComboBox", d -> ((Doctor) d).id() == backend.demoDoctorId());
        waitFor("free slots", () -> items("#slotsListView") > 0);
        clickCell("#slotsListView", 1);
        typeInto("#reasonField", "Fiebre y dolor de garganta");
        shot("03-reception-booking");
        click("#bookButton");
        waitFor("the booking message", () -> !text("#messageLabel").isBlank());
    }

    private void today() {
        step = "reception: today's list, the patient checks in";
        selectTab("#receptionTabPane", "todayTab");
        // The receptionist clears the search and widens the list by dragging the divider.
        typeInto("#searchField", "");
        robot.type(KeyCode.BACK_SPACE);
        SplitPane split = node("#receptionSplitPane");
        robot.interact(() -> split.setDividerPositions(0.22));
        waitFor("today's appointments", () -> todayRows().size() == backend.morning().size() + 1);
        clickRow("#todayTable", e -> ((AppointmentEntry) e).patientName().startsWith(GIVEN));
        click("#checkInButton");
        waitFor("the patient waiting", () -> statusOf(e -> e.patientName().startsWith(GIVEN)));
        Appointment next = backend.morning().get(2);
        clickRow("#todayTable", e -> ((AppointmentEntry) e).appointment().id() == next.id());
        click("#checkInButton");
        waitFor("a second patient waiting", () -> statusOf(e -> e.appointment().id() == next.id()));
        shot("04-reception-today");
    }

    private boolean statusOf(Predicate<AppointmentEntry> who) {
        return todayRows().stream()
                .filter(who)
                .anyMatch(e -> e.appointment().status() == AppointmentStatus.CHECKED_IN);
    }

    private void consultation() {
        step = "consultation: call the patient, note and ICD-10";
        click("#consultationNavButton");
        waitFor("the availability switch", () -> enabled("#availableToggleButton"));
        click("#availableToggleButton");
        waitFor("the call button", () -> enabled("#callNextButton"));
        click("#callNextButton");
        waitFor("the called patient", () -> text("#patientNameLabel").contains(SURNAME));
        waitFor("the allergy banner", () -> visible("#allergyBannerBox"));
        typeInto(
                "#subjectiveTextArea",
                "Fiebre de 38,5 °C y dolor de garganta desde hace dos días.");
        typeInto("#objectiveTextArea", "Faringe enrojecida, sin exudado. Auscultación normal.");
        typeInto("#assessmentTextArea", "Faringitis aguda, probablemente vírica.");
        typeInto("#planTextArea", "Paracetamol 1 g cada 8 horas. Volver si no mejora en 3 días.");
        typeInto("#diagnosisSearchField", "J02.9");
        waitFor("ICD-10 results", () -> items("#diagnosisResultsListView") > 0);
        robot.type(KeyCode.ENTER);
        waitFor("the chosen diagnosis", () -> items("#diagnosesListView") == 1);
        typeInto("#diagnosisSearchField", "fever");
        waitFor("ICD-10 results", () -> items("#diagnosisResultsListView") > 0);
        shot("05-consultation");
    }

    private void livePanel() {
        step = "live panel";
        click("#liveNavButton");
        waitFor("the waiting list", () -> items("#liveWaitingList") > 0);
        waitFor("the consultations", () -> items("#liveConsultationList") > 0);
        waitFor("the available doctors", () -> items("#liveDoctorsList") > 0);
        shot("06-live-panel");
    }

    /**
     * Last: the doctor calls the next patient and opens the waiting-room display, which stays open
     * until the tour closes the window (closing it first has hung Monocle's renderer).
     */
    private void waitingRoom() {
        step = "waiting-room display";
        waitFor("the call button", () -> enabled("#callNextButton"));
        click("#callNextButton");
        waitFor("the next patient", () -> !text("#patientNameLabel").isBlank());
        click("#liveNavButton");
        click("#liveWaitingRoomButton");
        waitFor("the waiting-room window", () -> fx(() -> wallDisplay().isPresent()));
        Stage wall = fx(() -> wallDisplay().orElseThrow());
        waitFor(
                "a call on the waiting-room display",
                () ->
                        fx(
                                () ->
                                        !((Parent) wall.getScene().lookup("#waitingRoomCallsPane"))
                                                .getChildrenUnmodifiable()
                                                .isEmpty()));
        shot(wall.getScene(), "10-waiting-room");
    }

    private Optional<Stage> wallDisplay() {
        return Window.getWindows().stream()
                .filter(w -> w != stage && w instanceof Stage)
                .map(w -> (Stage) w)
                .filter(w -> w.getScene().lookup("#waitingRoomCallsPane") != null)
                .findFirst();
    }

    private void signAndComplete() {
        step = "consultation: sign and complete";
        click("#consultationNavButton");
        waitFor("the sign button", () -> enabled("#signButton"));
        click("#signButton");
        waitFor("the complete button", () -> enabled("#completeButton"));
        click("#completeButton");
        waitFor("the consultation to end", () -> visible("#noPatientLabel"));
    }

    private void billing() {
        step = "billing: an invoice with two lines";
        click("#billingNavButton");
        Predicate<Object> ofThePatient =
                e -> ((AppointmentEntry) e).patientName().startsWith(GIVEN);
        waitFor(
                "the patient's completed visit",
                () ->
                        fx(
                                () ->
                                        choices("#billingAppointmentCombo").stream()
                                                .anyMatch(ofThePatient)));
        choose("#billingAppointmentCombo", ofThePatient);
        click("#openInvoiceButton");
        waitFor("the draft", () -> text("#invoiceHeadingLabel").contains(SURNAME));
        addLine(0);
        addLine(1);
        shot("07-billing");
        click("#issueButton");
        waitFor("the issued invoice", () -> text("#invoiceHeadingLabel").startsWith("F-"));
    }

    private void addLine(int catalogIndex) {
        ComboBox<?> services = node("#billingServiceCombo");
        robot.interact(() -> services.getSelectionModel().select(catalogIndex));
        int before = items("#linesTable");
        click("#addLineButton");
        waitFor("the new invoice line", () -> items("#linesTable") == before + 1);
    }

    private void invoiceList() {
        step = "billing: the invoice list";
        selectTab("#billingTabPane", "billingListTab");
        click("#searchInvoicesButton");
        waitFor("invoices", () -> items("#invoicesTable") > 5);
        shot("08-invoice-list");
    }

    private void accesses() {
        step = "administration: who accessed the record";
        selectTab("#adminTabPane", "accessesTab");
        typeInto("#patientQueryField", SURNAME + " Pérez");
        click("#patientSearchButton");
        waitFor("the patient found", () -> items("#patientsList") > 0);
        clickCell("#patientsList", 0);
        waitFor("the accesses", () -> items("#accessesTable") > 0);
        shot("09-admin-accesses");
    }

    // ---- the robot's hands, each failing with the fx:id it looked for ----

    private void logIn(String user) {
        enterCredentials(user);
        // A click lost while the screen was still settling leaves the password typed: once more.
        waitFor(
                "the sign-in to start",
                () -> present("#mainWindowPane") || text("#passwordField").isEmpty(),
                Duration.ofSeconds(5),
                () -> {
                    if (!dismissedRelogin()) {
                        click("#signInButton");
                    } else {
                        enterCredentials(user);
                    }
                });
        waitFor(
                "the main window of " + user + " (login message: " + loginMessage() + ")",
                () -> present("#mainWindowPane"));
    }

    private void enterCredentials(String user) {
        typeInto("#usernameField", user);
        typeInto("#passwordField", user + "-demo");
        click("#signInButton");
    }

    /**
     * A call of the previous user's screens still running at logout can open the expired-session
     * password dialog over the login screen, where it takes every click. The tour answers it as a
     * user would, with its log-out button, and says so: it is a known fault of the window.
     */
    private boolean dismissedRelogin() {
        Optional<Node> logout =
                fx(
                        () ->
                                Window.getWindows().stream()
                                        .filter(w -> w != stage && w.isShowing())
                                        .map(w -> w.getScene().lookup("#reloginLogoutButton"))
                                        .filter(n -> n != null)
                                        .findFirst());
        if (logout.isEmpty()) {
            return false;
        }
        System.err.println(
                "  The expired-session dialog opened over the login screen after logout;"
                        + " the tour pressed its log-out button.");
        Node oldField = node("#usernameField");
        robot.interact(((ButtonBase) logout.get())::fire);
        waitFor(
                "the login screen again",
                () ->
                        fx(() -> robot.lookup("#usernameField").tryQuery().orElse(oldField))
                                != oldField);
        return true;
    }

    private void switchUser(String user) {
        step = "log out, log in as " + user;
        fireMenuItem("logoutMenuItem");
        waitFor("the login screen", () -> present("#usernameField"));
        logIn(user);
    }

    private void typeInto(String query, String text) {
        Node field = node(query);
        robot.clickOn(field);
        robot.interact(field::requestFocus);
        // What was typed before is replaced, as a user selecting it all first would.
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }

    /**
     * Clicks a control; one scrolled out of sight (a form's last buttons) is pressed the way the
     * keyboard would press it, so the screen keeps its scroll position for the picture.
     */
    private void click(String query) {
        Node found = node(query);
        if (!fx(() -> inSight(found)) && found instanceof ButtonBase) {
            robot.interact(((ButtonBase) found)::fire);
            return;
        }
        robot.clickOn(found);
    }

    /** Whether the node's centre shows in the window (not scrolled away in a scroll pane). */
    private static boolean inSight(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        double x = bounds.getCenterX();
        double y = bounds.getCenterY();
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane) {
                Bounds view = up.localToScene(up.getBoundsInLocal());
                if (!view.contains(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private void choose(String query, Predicate<Object> wanted) {
        ComboBox<Object> combo = node(query);
        Object item =
                fx(() ->
                                combo.getItems().stream()
                                        .filter(wanted)
                                        .findFirst()
                                        .map(Object.class::cast))
                        .orElseThrow(() -> missing(query, "has no such choice"));
        robot.interact(() -> combo.getSelectionModel().select(item));
    }

    private void selectTab(String tabPane, String tabId) {
        TabPane pane = node(tabPane);
        Tab tab =
                fx(() -> pane.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst())
                        .orElseThrow(() -> missing("#" + tabId, "is no tab of " + tabPane));
        robot.interact(() -> pane.getSelectionModel().select(tab));
    }

    private void fireMenuItem(String id) {
        MenuBar bar = node("#mainMenuBar");
        MenuItem item =
                fx(() ->
                                bar.getMenus().stream()
                                        .flatMap(ScreenshotTour::items)
                                        .filter(i -> id.equals(i.getId()))
                                        .findFirst())
                        .orElseThrow(() -> missing("#" + id, "is in no menu"));
        robot.interact(item::fire);
    }

    private static Stream<MenuItem> items(MenuItem item) {
        return item instanceof Menu
                ? Stream.concat(
                        Stream.of(item),
                        ((Menu) item).getItems().stream().flatMap(ScreenshotTour::items))
                : Stream.of(item);
    }

    /** Clicks the drawn row of a table whose item matches. */
    private void clickRow(String table, Predicate<Object> wanted) {
        Predicate<Node> row =
                n ->
                        n instanceof TableRow
                                && ((TableRow<?>) n).getItem() != null
                                && wanted.test(((TableRow<?>) n).getItem());
        Node parent = node(table);
        waitFor(
                "the row in " + table,
                () -> fx(() -> robot.from(parent).lookup(row).tryQuery().isPresent()));
        Node found = fx(() -> robot.from(parent).lookup(row).query());
        robot.clickOn(found);
    }

    /** Clicks the drawn cell of a list showing its item number {@code index}. */
    private void clickCell(String list, int index) {
        Predicate<Node> cell =
                n ->
                        n instanceof IndexedCell
                                && ((IndexedCell<?>) n).getIndex() == index
                                && !((IndexedCell<?>) n).isEmpty();
        Node parent = node(list);
        waitFor(
                "item " + index + " of " + list,
                () -> fx(() -> robot.from(parent).lookup(cell).tryQuery().isPresent()));
        Node found = fx(() -> robot.from(parent).lookup(cell).query());
        robot.clickOn(found);
    }

    @SuppressWarnings("unchecked")
    private List<AppointmentEntry> todayRows() {
        TableView<AppointmentEntry> table = node("#todayTable");
        return fx(() -> List.copyOf(table.getItems()));
    }

    // ---- looking and waiting ----

    /** The node of the window with this query, once it is there. */
    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String query) {
        waitFor(query + " on screen", () -> present(query));
        return (T) fx(() -> robot.lookup(query).query());
    }

    private boolean present(String query) {
        return fx(() -> robot.lookup(query).tryQuery().isPresent());
    }

    private boolean visible(String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** How many rows a table, list or drop-down holds. */
    private int items(String query) {
        Node found = node(query);
        return fx(() -> choices(found).size());
    }

    private List<?> choices(String query) {
        return choices(robot.lookup(query).query());
    }

    private static List<?> choices(Node node) {
        if (node instanceof TableView) {
            return ((TableView<?>) node).getItems();
        }
        if (node instanceof ListView) {
            return ((ListView<?>) node).getItems();
        }
        return ((ComboBox<?>) node).getItems();
    }

    private boolean enabled(String query) {
        Node found = node(query);
        return fx(() -> !found.isDisabled());
    }

    private String text(String query) {
        return fx(
                () -> {
                    Node node = robot.lookup(query).query();
                    return node instanceof Labeled
                            ? ((Labeled) node).getText()
                            : ((TextInputControl) node).getText();
                });
    }

    private void waitFor(String what, Callable<Boolean> condition) {
        waitFor(what, PATIENCE, condition);
    }

    /** Waits {@code first}; when that is not enough, does {@code again} and waits as usual. */
    private void waitFor(String what, Callable<Boolean> condition, Duration first, Runnable again) {
        try {
            await(what).atMost(first).ignoreExceptions().until(condition);
        } catch (ConditionTimeoutException e) {
            again.run();
            waitFor(what, condition);
        }
    }

    private String loginMessage() {
        return present("#loginMessageLabel") ? text("#loginMessageLabel") : "none";
    }

    private void waitFor(String what, Duration patience, Callable<Boolean> condition) {
        try {
            await(what).atMost(patience).ignoreExceptions().until(condition);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(
                    "waited " + patience.toSeconds() + " s for " + what + " (step: " + step + ")",
                    e);
        }
    }

    private IllegalStateException missing(String query, String why) {
        return new IllegalStateException(query + " " + why + " (step: " + step + ")");
    }

    /** Reads the scene on the JavaFX thread, where it is safe to read. */
    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException
                    ? (RuntimeException) e.getCause()
                    : new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer within 10 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void shot(String name) {
        shot(fx(() -> stage.getScene()), name);
    }

    private void shot(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        fx(
                () -> {
                    WindowPng.save(scene, target.resolve(name + ".png"));
                    return null;
                });
        System.out.println("  " + name + ".png: " + step);
    }

    /** What the window showed when a step failed, to see why. */
    private void failureShot(Path file) {
        try {
            fx(
                    () -> {
                        WindowPng.save(stage.getScene(), file);
                        return null;
                    });
            System.err.println("The window at the failure: " + file);
            List<String> others =
                    fx(
                            () ->
                                    Window.getWindows().stream()
                                            .filter(w -> w != stage)
                                            .map(ScreenshotTour::describe)
                                            .toList());
            others.forEach(w -> System.err.println("Also open: " + w));
        } catch (RuntimeException e) {
            System.err.println("No picture of the failure: " + e);
        }
    }

    /** A tour stuck longer than this (a hung renderer, say) stops the servers and exits. */
    private void watchdog() {
        ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "screenshot-tour-watchdog");
                            thread.setDaemon(true);
                            return thread;
                        });
        timer.schedule(
                () -> {
                    System.err.println(
                            "Screenshot tour stuck at step '" + step + "' for " + LONGEST + ".");
                    backend.stop();
                    Runtime.getRuntime().halt(1);
                },
                LONGEST.toSeconds(),
                TimeUnit.SECONDS);
    }

    /** Closes the window (at most half a minute), then stops the servers in any case. */
    private static String describe(Window window) {
        String title = window instanceof Stage ? ((Stage) window).getTitle() : "";
        return window.getClass().getSimpleName() + " '" + title + "' showing=" + window.isShowing();
    }

    private void close() {
        Thread closer =
                new Thread(
                        () -> {
                            try {
                                if (app != null) {
                                    FxToolkit.cleanupApplication(app);
                                }
                                FxToolkit.cleanupStages();
                            } catch (java.util.concurrent.TimeoutException e) {
                                System.err.println("The window did not close: " + e.getMessage());
                            }
                        },
                        "screenshot-tour-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            backend.stop();
        }
    }
}
