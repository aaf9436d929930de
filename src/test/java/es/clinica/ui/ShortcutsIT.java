package es.clinica.ui;

import static es.clinica.ui.WorkstationRobot.PATIENCE;
import static es.clinica.ui.WorkstationRobot.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.testsupport.TestClinic;
import es.clinica.ui.fhirimport.ImportChooser;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The Actions menu offers the shown screen's frequent actions with their shortcuts; the shortcut
 * and the menu item both do the action, and only where the role and the screen allow it.
 */
class ShortcutsIT {

    @RegisterExtension final TestClinic clinic = TestClinic.start();
    @RegisterExtension final WorkstationRobot window = new WorkstationRobot();
    private final FxRobot robot = window.robot();

    @Test
    void receptionistOpensANewPatientFormAndTheSearchByShortcutOrMenu() throws Exception {
        openAs("recepcion", "#searchField");
        assertThat(shortcuts())
                .containsEntry("newPatientMenuItem", "Ctrl+N")
                .containsEntry("findPatientMenuItem", "Ctrl+F")
                .containsEntry("savePatientMenuItem", "Ctrl+S")
                .doesNotContainKey("issueInvoiceMenuItem");
        robot.clickOn("#givenNamesField").write("Ana");

        robot.push(KeyCode.CONTROL, KeyCode.N);
        await().atMost(PATIENCE).until(() -> window.text("#givenNamesField").isEmpty());
        assertThat(focused("#nationalIdField")).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.F);
        await().atMost(PATIENCE).until(() -> focused("#searchField"));

        robot.clickOn("#givenNamesField");
        robot.clickOn("#actionsMenu").clickOn("#findPatientMenuItem");
        await().atMost(PATIENCE).until(() -> focused("#searchField"));
    }

    @Test
    void billingClerkSeesIssueDisabledUntilADraftIsOnScreenAndNoReceptionActions()
            throws Exception {
        openAs("facturacion", "#billingServiceCombo");

        assertThat(shortcuts())
                .containsEntry("issueInvoiceMenuItem", "Ctrl+I")
                .containsEntry("openInvoiceMenuItem", "Ctrl+N")
                .doesNotContainKey("newPatientMenuItem");
        assertThat(fx(() -> item("issueInvoiceMenuItem").isDisable())).isTrue();
        assertThat(fx(() -> goItem("receptionMenuItem").isDisable())).isTrue();
    }

    private void openAs(String user, String firstNode) throws Exception {
        window.open(clinic, s -> new ScreenFlows(s).logIn(user), ImportChooser.system());
        window.awaitNode(firstNode);
    }

    /** The Actions menu's items by id, with the shortcut each shows. */
    private Map<String, String> shortcuts() throws Exception {
        return fx(
                () ->
                        actions().stream()
                                .collect(
                                        Collectors.toMap(
                                                MenuItem::getId,
                                                i -> i.getAccelerator().getDisplayText())));
    }

    private List<MenuItem> actions() {
        return menu("actionsMenu").getItems();
    }

    private MenuItem item(String id) {
        return actions().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private MenuItem goItem(String id) {
        return menu("goMenu").getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    private Menu menu(String id) {
        MenuBar bar = robot.lookup("#mainMenuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    private boolean focused(String query) throws Exception {
        return fx(
                () -> {
                    Node node = robot.lookup(query).query();
                    return node instanceof Control && node.isFocused();
                });
    }
}
