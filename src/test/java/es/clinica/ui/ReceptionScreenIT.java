package es.clinica.ui;

import static es.clinica.ui.WorkstationRobot.PATIENCE;
import static es.clinica.ui.WorkstationRobot.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.app.Settings;
import es.clinica.domain.Allergy;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.Patient;
import es.clinica.service.AppointmentEntry;
import es.clinica.service.ClinicServices;
import es.clinica.service.LiveBoardDisplay;
import es.clinica.testsupport.TestClinic;
import es.clinica.ui.i18n.Localization;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The reception screen over real stores, logged in as {@code recepcion}, driven through fx:ids. The
 * clinic's zone is one where it is mid-morning now, so today always has free slots.
 */
class ReceptionScreenIT {

    private final WorkstationRobot window = new WorkstationRobot();
    private final FxRobot robot = window.robot();
    private TestClinic clinic;
    private ClinicServices services;

    @BeforeEach
    void openReceptionLoggedIn() throws Exception {
        clinic = TestClinic.start(s -> s.with(Settings.ZONE, zoneWhereItIsMorning()));
        services = clinic.services();
        services.auth().login("recepcion", "recepcion-demo".toCharArray());
        window.open(clinic, Localization.SPANISH);
        await().atMost(PATIENCE).until(() -> find("#searchField"));
    }

    @AfterEach
    void close() throws Exception {
        window.close();
        if (clinic != null) {
            clinic.close();
        }
    }

    @Test
    void registeredPatientWithTwoAllergiesIsFoundAgainWithoutAccentsAndBookedAndCheckedIn()
            throws Exception {
        typeMaria("12345678Z");
        addAllergy("Penicilina");
        addAllergy("Látex");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(text("#messageLabel")).contains("registrado"));
        assertThat(services.patients().search("nunez perez", 5))
                .extracting(p -> p.data().name().firstSurname())
                .containsExactly("Núñez-Pérez");

        robot.push(KeyCode.CONTROL, KeyCode.N);
        await().atMost(PATIENCE).until(() -> allergies().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("nunez");
        await().atMost(PATIENCE).until(() -> fx(() -> resultRows().size() == 1));
        robot.clickOn(cell("#resultsTable", "María José Núñez-Pérez"));
        await().atMost(PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(allergies())
                                        .extracting(Allergy::substance)
                                        .containsExactly("Penicilina", "Látex"));
        assertThat(value("#givenNamesField")).isEqualTo("María José");
        assertThat(value("#nationalIdField")).isEqualTo("12345678Z");

        bookFirstFreeSlotToday();
        checkInTheAppointment();
    }

    @Test
    void wrongDniLetterIsShownBesideTheNationalIdAndTheFormKeepsItsValues() throws Exception {
        typeMaria("12345678A");
        addAllergy("Penicilina");

        robot.push(KeyCode.CONTROL, KeyCode.S);

        await().atMost(PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(text("#nationalIdErrorLabel"))
                                        .isEqualTo(
                                                "La letra de control de este DNI/NIE es"
                                                        + " incorrecta; debería ser Z."));
        assertThat(fx(() -> robot.lookup("#nationalIdErrorLabel").query().isVisible())).isTrue();
        assertThat(value("#nationalIdField")).isEqualTo("12345678A");
        assertThat(value("#givenNamesField")).isEqualTo("María José");
        assertThat(value("#firstSurnameField")).isEqualTo("Núñez-Pérez");
        assertThat(allergies()).extracting(Allergy::substance).containsExactly("Penicilina");
        assertThat(services.patients().search("nunez", 5)).isEmpty();
    }

    private void bookFirstFreeSlotToday() throws Exception {
        robot.clickOn("Citar");
        await().atMost(PATIENCE).until(() -> fx(() -> !listItems("#slotsListView").isEmpty()));
        assertThat(text("#bookingPatientLabel")).contains("María José Núñez-Pérez");
        robot.clickOn(
                drawn(
                        "#slotsListView",
                        n -> n instanceof ListCell && !((ListCell<?>) n).isEmpty()));
        robot.clickOn("#reasonField").write("Revisión anual");
        robot.clickOn("#bookButton");
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(text("#messageLabel")).startsWith("Cita de"));
    }

    private void checkInTheAppointment() throws Exception {
        robot.clickOn("Hoy");
        await().atMost(PATIENCE).until(() -> fx(() -> todayRows().size() == 1));
        robot.clickOn(cell("#todayTable", "María José Núñez-Pérez"));
        robot.clickOn("#checkInButton");

        await().atMost(PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(fx(this::todayRows))
                                        .singleElement()
                                        .extracting(e -> e.appointment().status())
                                        .isEqualTo(AppointmentStatus.CHECKED_IN));
        assertThat(fx(() -> robot.lookup("#todayTable .table-cell").lookup(this::waiting)))
                .isNotNull();
        assertThat(text("#messageLabel"))
                .isEqualTo("María José Núñez-Pérez está en la lista de espera.");
        LiveBoardDisplay board = services.liveBoard().board();
        assertThat(board.queue())
                .extracting(LiveBoardDisplay.QueueRow::patientName)
                .containsExactly("María José Núñez-Pérez");
    }

    /** The cell of {@code parent} showing {@code text}, once it is drawn. */
    private Node cell(String parent, String text) {
        return drawn(parent, n -> n instanceof Labeled && text.equals(((Labeled) n).getText()));
    }

    private Node drawn(String parent, Predicate<Node> wanted) {
        await().atMost(PATIENCE)
                .until(() -> fx(() -> robot.lookup(parent).lookup(wanted).tryQuery().isPresent()));
        return robot.lookup(parent).lookup(wanted).query();
    }

    private boolean waiting(Node cell) {
        return cell instanceof Labeled && "En espera".equals(((Labeled) cell).getText());
    }

    private void typeMaria(String nationalId) {
        typeInto("#nationalIdField", nationalId);
        typeInto("#givenNamesField", "María José");
        typeInto("#firstSurnameField", "Núñez-Pérez");
        typeInto("#dateOfBirthPicker .text-field", "15/03/1980");
        robot.push(KeyCode.ENTER);
        typeInto("#phoneField", "+34 600 123 456");
    }

    private void addAllergy(String substance) {
        typeInto("#allergySubstanceField", substance);
        robot.push(KeyCode.ENTER);
    }

    private void typeInto(String query, String text) {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    private List<Patient> resultRows() {
        return ((TableView<Patient>) robot.lookup("#resultsTable").query()).getItems();
    }

    @SuppressWarnings("unchecked")
    private List<AppointmentEntry> todayRows() {
        return List.copyOf(
                ((TableView<AppointmentEntry>) robot.lookup("#todayTable").query()).getItems());
    }

    @SuppressWarnings("unchecked")
    private List<Allergy> allergies() throws Exception {
        return fx(
                () ->
                        List.copyOf(
                                ((TableView<Allergy>) robot.lookup("#allergiesTable").query())
                                        .getItems()));
    }

    private List<?> listItems(String query) {
        return ((ListView<?>) robot.lookup(query).query()).getItems();
    }

    private boolean find(String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().isPresent());
    }

    private String text(String query) throws Exception {
        return fx(() -> ((Labeled) robot.lookup(query).query()).getText());
    }

    private String value(String query) throws Exception {
        return fx(() -> ((TextInputControl) robot.lookup(query).query()).getText());
    }

    /** An offset at which the clinic's clock now reads 10:00, so slots remain today. */
    private static String zoneWhereItIsMorning() {
        int nowMinutes = LocalTime.now(ZoneOffset.UTC).toSecondOfDay() / 60;
        int offset = 10 * 60 - nowMinutes;
        return ZoneOffset.ofTotalSeconds(offset * 60).getId();
    }
}
