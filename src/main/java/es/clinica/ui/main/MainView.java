package es.clinica.ui.main;

import es.clinica.ui.fx.ScreenCommand;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/** The main window: menus, navigation, the current screen and the status bar. */
public final class MainView {

    private final MainViewModel viewModel;
    private final Function<Screen, Node> screens;
    private final Consumer<Window> importFhir;
    private final Map<Screen, Node> loaded = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final Map<Screen, MenuItem> menuItems = new EnumMap<>(Screen.class);
    private final ChangeListener<Screen> screenListener = (o, old, now) -> showScreen();

    @FXML private ResourceBundle resources;
    @FXML private ToggleButton receptionNavButton;
    @FXML private ToggleButton consultationNavButton;
    @FXML private ToggleButton billingNavButton;
    @FXML private ToggleButton liveNavButton;
    @FXML private ToggleButton adminNavButton;
    @FXML private MenuItem receptionMenuItem;
    @FXML private MenuItem consultationMenuItem;
    @FXML private MenuItem billingMenuItem;
    @FXML private MenuItem liveMenuItem;
    @FXML private MenuItem adminMenuItem;
    @FXML private MenuItem importMenuItem;
    @FXML private Menu actionsMenu;
    @FXML private Label userLabel;
    @FXML private StackPane screenPane;
    @FXML private RadioMenuItem spanishMenuItem;
    @FXML private RadioMenuItem englishMenuItem;

    /**
     * @param screens builds a screen's view (once per language; kept while this view lives)
     * @param importFhir opens the FHIR import over the window (File → Import FHIR…)
     */
    public MainView(
            MainViewModel viewModel, Function<Screen, Node> screens, Consumer<Window> importFhir) {
        this.viewModel = viewModel;
        this.screens = screens;
        this.importFhir = importFhir;
    }

    @FXML
    private void initialize() {
        navButtons.put(Screen.RECEPTION, receptionNavButton);
        navButtons.put(Screen.CONSULTATION, consultationNavButton);
        navButtons.put(Screen.BILLING, billingNavButton);
        navButtons.put(Screen.LIVE, liveNavButton);
        navButtons.put(Screen.ADMIN, adminNavButton);
        menuItems.put(Screen.RECEPTION, receptionMenuItem);
        menuItems.put(Screen.CONSULTATION, consultationMenuItem);
        menuItems.put(Screen.BILLING, billingMenuItem);
        menuItems.put(Screen.LIVE, liveMenuItem);
        menuItems.put(Screen.ADMIN, adminMenuItem);
        offerUsableScreens();
        userLabel.textProperty().bind(viewModel.userProperty());
        spanishMenuItem.setSelected(viewModel.speaks(Locale.forLanguageTag("es")));
        englishMenuItem.setSelected(viewModel.speaks(Locale.ENGLISH));
        viewModel.screenProperty().addListener(new WeakChangeListener<>(screenListener));
        showScreen();
    }

    private void offerUsableScreens() {
        navButtons.forEach(
                (screen, button) -> {
                    button.setVisible(viewModel.usable(screen));
                    button.setManaged(viewModel.usable(screen));
                });
        menuItems.forEach((screen, item) -> offer(item, viewModel.usable(screen)));
        offer(importMenuItem, viewModel.mayImport());
    }

    // An invisible item's accelerator could still fire; a disabled one does not.
    private static void offer(MenuItem item, boolean usable) {
        item.setVisible(usable);
        item.setDisable(!usable);
    }

    private void showScreen() {
        Screen screen = viewModel.screen();
        Node shown = loaded.computeIfAbsent(screen, screens);
        screenPane.getChildren().setAll(shown);
        navButtons.forEach((candidate, button) -> button.setSelected(candidate == screen));
        offerCommands(ScreenCommand.offeredBy(shown));
    }

    // The menu bar installs (and on removal uninstalls) the items' accelerators in the scene, so a
    // screen's shortcuts answer only while it is shown and only while its command is possible.
    private void offerCommands(List<ScreenCommand> commands) {
        actionsMenu.getItems().setAll(commands.stream().map(MainView::menuItem).toList());
        actionsMenu.setDisable(commands.isEmpty());
    }

    private static MenuItem menuItem(ScreenCommand command) {
        MenuItem item = new MenuItem(command.text());
        item.setId(command.id());
        item.setAccelerator(command.accelerator());
        item.disableProperty().bind(command.disabled());
        item.setOnAction(event -> command.action().run());
        return item;
    }

    @FXML
    private void showReception() {
        show(Screen.RECEPTION);
    }

    @FXML
    private void showConsultation() {
        show(Screen.CONSULTATION);
    }

    @FXML
    private void showBilling() {
        show(Screen.BILLING);
    }

    @FXML
    private void showLive() {
        show(Screen.LIVE);
    }

    @FXML
    private void showAdmin() {
        show(Screen.ADMIN);
    }

    @FXML
    private void importFhir() {
        importFhir.accept(screenPane.getScene().getWindow());
    }

    @FXML
    private void logout() {
        viewModel.logout();
    }

    private void show(Screen screen) {
        viewModel.show(screen);
        // A toggle clicked while selected deselects itself; the view model stays the truth.
        showScreen();
    }

    @FXML
    private void switchToSpanish() {
        viewModel.switchToSpanish();
    }

    @FXML
    private void switchToEnglish() {
        viewModel.switchToEnglish();
    }

    @FXML
    private void exit() {
        viewModel.exit();
    }

    @FXML
    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, resources.getString("about.text"));
        about.setTitle(resources.getString("about.title"));
        about.setHeaderText(resources.getString("app.title"));
        about.getButtonTypes()
                .setAll(new ButtonType(resources.getString("action.close"), ButtonData.OK_DONE));
        about.initOwner(screenPane.getScene().getWindow());
        about.show();
    }
}
