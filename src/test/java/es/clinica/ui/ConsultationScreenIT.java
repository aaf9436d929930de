package es.clinica.ui;

import static es.clinica.ui.WorkstationRobot.PATIENCE;
import static es.clinica.ui.WorkstationRobot.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.MedicalNote;
import es.clinica.domain.NationalId;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.Sex;
import es.clinica.service.Actor;
import es.clinica.service.ClinicServices;
import es.clinica.service.ProfileData;
import es.clinica.testsupport.TestClinic;
import es.clinica.ui.i18n.Localization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A doctor's consultation through the window over real stores: call, read allergies, sign. */
class ConsultationScreenIT {

    private final WorkstationRobot window = new WorkstationRobot();
    private final FxRobot robot = window.robot();
    private TestClinic clinic;
    private Path journal;

    @BeforeEach
    void start() throws Exception {
        clinic = TestClinic.start();
        Path scratch = Files.createDirectories(Path.of("target", "test-journal", "screen"));
        journal = Files.createTempDirectory(scratch, "home");
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
        clinic.close();
    }

    @Test
    void doctorCallsThePatientSeesTheAllergyAndSignsANoteWithADiagnosis() throws Exception {
        ClinicServices services = clinic.services();
        long doctorId = doctorOfTheDemoAccount(services);
        long patientId = registerWithAllergy(services);
        long appointmentId = bookAndCheckIn(services, patientId, doctorId);
        services.auth().login("medico", "medico-demo".toCharArray());
        open();

        robot.clickOn("#consultationNavButton");
        await().atMost(PATIENCE)
                .until(() -> fx(() -> !node("#availableToggleButton").isDisabled()));
        robot.clickOn("#availableToggleButton");
        await().atMost(PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(services.liveBoard().board().availableDoctors())
                                        .anyMatch(d -> d.doctorId() == doctorId));
        assertThat(fx(() -> ((ToggleButton) node("#availableToggleButton")).isSelected())).isTrue();
        robot.clickOn("#callNextButton");

        await().atMost(PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(text("#patientNameLabel"))
                                        .isEqualTo("Inés Roldán Prieto"));
        assertThat(text("#allergyTitleLabel")).isEqualTo("ALERGIAS (1)");
        assertThat(fx(() -> chips())).containsExactly("Penicilina · grave · Anafilaxia");
        assertThat(fx(() -> node("#allergyBannerBox").getStyleClass())).contains("allergy-severe");

        robot.clickOn("#subjectiveTextArea").write("Sed intensa y poliuria desde hace un mes");
        robot.clickOn("#assessmentTextArea").write("Diabetes tipo 2 de reciente diagnostico");
        robot.clickOn("#diagnosisSearchField").write("E11.9");
        await().atMost(PATIENCE).until(() -> fx(() -> listSize("#diagnosisResultsListView") > 0));
        robot.type(KeyCode.ENTER);
        await().atMost(PATIENCE).until(() -> fx(() -> listSize("#diagnosesListView") == 1));
        robot.clickOn("#drugField").write("Amoxicilina-clavulanico");
        robot.clickOn("#doseField").write("875 mg");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#planTextArea").write("Metformina; control en 3 meses");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(text("#draftStatusLabel")).startsWith("Nota firmada"));
        List<MedicalNote> history = services.consultation().history(patientId);
        assertThat(history).hasSize(1);
        MedicalNote signed = history.get(0);
        assertThat(signed.signed()).isTrue();
        assertThat(signed.appointmentId()).isEqualTo(appointmentId);
        assertThat(signed.subjective()).isEqualTo("Sed intensa y poliuria desde hace un mes");
        assertThat(signed.diagnoses())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("E11.9"));
        assertThat(signed.prescriptions())
                .singleElement()
                .satisfies(p -> assertThat(p.drug()).isEqualTo("Amoxicilina-clavulanico"));
        assertThat(journal.resolve("notes").resolve(appointmentId + ".properties"))
                .as("the journal is deleted after signing")
                .doesNotExist();

        robot.clickOn("#completeButton");
        await().atMost(PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(services.appointments().get(appointmentId).status())
                                        .isEqualTo(AppointmentStatus.COMPLETED));
        await().atMost(PATIENCE).until(() -> fx(() -> node("#noPatientLabel").isVisible()));
    }

    private static long doctorOfTheDemoAccount(ClinicServices services) {
        services.auth().login("medico", "medico-demo".toCharArray());
        long doctorId = services.auth().currentActor().flatMap(Actor::doctorId).orElseThrow();
        services.auth().logout();
        return doctorId;
    }

    private static long registerWithAllergy(ClinicServices services) {
        services.auth().login("recepcion", "recepcion-demo".toCharArray());
        Allergy penicillin =
                Allergy.of(
                        "Penicilina",
                        "Anafilaxia",
                        AllergySeverity.SEVERE,
                        LocalDate.of(2019, 4, 2));
        ProfileData profile =
                new ProfileData(
                        List.of(penicillin),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        "",
                        Optional.empty());
        PatientData data =
                PatientData.of(
                        NationalId.parse("48273619" + NationalId.dniLetter(48273619)),
                        PersonName.of("Inés", "Roldán", "Prieto"),
                        LocalDate.of(1971, 11, 3),
                        Sex.FEMALE,
                        "600 123 456",
                        null);
        long patientId = services.patients().register(data, profile).patient().id();
        await().atMost(PATIENCE).until(() -> services.outboxRelay().pendingCount() == 0);
        return patientId;
    }

    private static long bookAndCheckIn(ClinicServices services, long patientId, long doctorId) {
        Instant soon = Instant.now().plus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        Appointment booked =
                services.appointments()
                        .book(new AppointmentRequest(patientId, doctorId, soon, 15, "Revisión"));
        services.appointments().checkIn(booked.id());
        services.auth().logout();
        return booked.id();
    }

    private void open() throws Exception {
        window.open(
                clinic,
                Localization.SPANISH,
                new UiSettings(Optional.of(journal), ZoneId.of("Europe/Madrid")));
        window.awaitNode("#consultationNavButton");
    }

    private List<String> chips() {
        return ((Pane) node("#allergyFlowPane"))
                .getChildren().stream().map(n -> ((Labeled) n).getText()).toList();
    }

    private int listSize(String query) {
        return ((ListView<?>) node(query)).getItems().size();
    }

    private Node node(String query) {
        return robot.lookup(query).query();
    }

    private String text(String query) throws Exception {
        return fx(() -> ((Labeled) node(query)).getText());
    }
}
