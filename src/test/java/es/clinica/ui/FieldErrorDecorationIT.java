package es.clinica.ui;

import static es.clinica.ui.WorkstationRobot.PATIENCE;
import static es.clinica.ui.WorkstationRobot.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.testsupport.TestClinic;
import es.clinica.ui.fhirimport.ImportChooser;
import es.clinica.ui.fx.FieldErrorDecoration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A wrong value gets ControlsFX's error mark on its field, whose tooltip says what the message
 * beside the field says; the mark goes when the value is put right.
 */
class FieldErrorDecorationIT {

    @RegisterExtension final TestClinic clinic = TestClinic.start();
    @RegisterExtension final WorkstationRobot window = new WorkstationRobot();
    private final FxRobot robot = window.robot();

    @Test
    void wrongNationalIdIsMarkedOnItsFieldUntilCorrected() throws Exception {
        window.open(clinic, s -> new ScreenFlows(s).logIn("recepcion"), ImportChooser.system());
        window.awaitNode("#nationalIdField");
        typeInto("#nationalIdField", "12345678A");
        typeInto("#givenNamesField", "Ana");
        typeInto("#firstSurnameField", "Ruiz");
        robot.interact(
                () ->
                        robot.lookup("#dateOfBirthPicker")
                                .queryAs(DatePicker.class)
                                .setValue(LocalDate.of(1980, 3, 15)));

        robot.push(KeyCode.CONTROL, KeyCode.S);

        await().atMost(PATIENCE).until(() -> !window.text("#nationalIdErrorLabel").isEmpty());
        String message = window.text("#nationalIdErrorLabel");
        assertThat(message).isEqualTo("The check letter of this DNI/NIE is wrong; it should be Z.");
        await().atMost(PATIENCE).until(() -> markOn("#nationalIdField").isPresent());
        assertThat(markOn("#nationalIdField")).contains(message);
        assertThat(fx(() -> marks().size())).isEqualTo(fx(this::visibleErrorLabels));

        robot.interact(() -> robot.lookup("#nationalIdField").queryTextInputControl().clear());
        typeInto("#nationalIdField", "12345678Z");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        await().atMost(PATIENCE).until(() -> markOn("#nationalIdField").isEmpty());
        assertThat(window.text("#nationalIdErrorLabel")).isEmpty();
    }

    @Test
    void wrongQuantityOfTheNextInvoiceLineIsMarkedAsTyped() throws Exception {
        window.open(
                clinic,
                s -> {
                    ScreenFlows flows = new ScreenFlows(s);
                    flows.registeredPatient("12345678Z", "Lucía", "Martín");
                    flows.logIn("facturacion");
                },
                ImportChooser.system());
        window.awaitNode("#invoicePatientField");
        robot.clickOn("#invoicePatientField").write("martin").push(KeyCode.ENTER);
        await().atMost(PATIENCE)
                .until(() -> fx(() -> combo("#invoicePatientCombo").getValue() != null));
        robot.clickOn("#openPatientInvoiceButton");
        await().atMost(PATIENCE)
                .until(() -> !fx(() -> robot.lookup("#lineQuantityField").query().isDisabled()));

        robot.doubleClickOn("#lineQuantityField").eraseText(3).write("0");

        await().atMost(PATIENCE).until(() -> markOn("#lineQuantityField").isPresent());
        assertThat(markOn("#lineQuantityField"))
                .contains("The quantity must be above zero, with at most three decimals.");
        robot.eraseText(1).write("2");
        await().atMost(PATIENCE).until(() -> markOn("#lineQuantityField").isEmpty());
    }

    private void typeInto(String query, String text) {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    /** The tooltip of the error mark over the field, if it has one. */
    private Optional<String> markOn(String fieldQuery) throws Exception {
        return fx(
                () -> {
                    Bounds field = bounds(robot.lookup(fieldQuery).query());
                    return marks().stream()
                            .filter(mark -> bounds(mark).intersects(field))
                            .map(mark -> ((Control) mark).getTooltip().getText())
                            .findFirst();
                });
    }

    private List<Node> marks() {
        return List.copyOf(
                robot.lookup("." + FieldErrorDecoration.STYLE_CLASS).queryAll().stream()
                        .filter(Node::isVisible)
                        .toList());
    }

    private int visibleErrorLabels() {
        return (int)
                robot
                        .lookup(n -> n.getId() != null && n.getId().endsWith("ErrorLabel"))
                        .queryAllAs(Label.class)
                        .stream()
                        .filter(Label::isVisible)
                        .count();
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String query) {
        return (ComboBox<Object>) robot.lookup(query).query();
    }
}
