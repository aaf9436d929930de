package es.clinica.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.clinica.testsupport.TestClinic;
import es.clinica.ui.fhirimport.ImportChooser;
import es.clinica.ui.reception.RegistrationJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A workstation dies while a new patient is being typed at reception: the next workstation on the
 * same folder offers the form back, field by field.
 */
class RegistrationDraftIT {

    @RegisterExtension final TestClinic clinic = TestClinic.start();
    @RegisterExtension final WorkstationRobot window = new WorkstationRobot();

    @Test
    void aFormHalfTypedBeforeACrashIsOfferedAndRestoredOnTheNextStart() throws Exception {
        Path scratch = Files.createDirectories(Path.of("target", "test-journal", "registration"));
        Path beforeCrash = Files.createTempDirectory(scratch, "home");
        open(beforeCrash);
        window.awaitNode("#givenNamesField");
        window.robot().clickOn("#nationalIdField").write("X1234567L");
        window.robot().clickOn("#givenNamesField").write("Aitana");
        window.robot().clickOn("#firstSurnameField").write("Etxeberria");
        window.robot().clickOn("#phoneField").write("+34 611 22 33 44");
        RegistrationJournal journal = RegistrationJournal.in(beforeCrash);
        await().atMost(WorkstationRobot.PATIENCE)
                .until(
                        () ->
                                journal.read()
                                        .flatMap(d -> d.field("phone"))
                                        .filter("+34 611 22 33 44"::equals)
                                        .isPresent());

        // What a kill -9 leaves on disk now: the journal as written while typing, nothing after.
        Path afterCrash = Files.createTempDirectory(scratch, "home");
        copy(beforeCrash, afterCrash);
        window.close();
        open(afterCrash);

        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> window.visible("#registrationDraftBox"));
        assertThat(window.text("#registrationDraftLabel"))
                .startsWith("A patient registration typed on this workstation")
                .contains("was never saved");
        assertThat(window.text("#givenNamesField")).as("nothing restored unasked").isEmpty();
        window.robot().clickOn("#restoreDraftButton");

        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> window.text("#givenNamesField").equals("Aitana"));
        assertThat(window.text("#nationalIdField")).isEqualTo("X1234567L");
        assertThat(window.text("#firstSurnameField")).isEqualTo("Etxeberria");
        assertThat(window.text("#phoneField")).isEqualTo("+34 611 22 33 44");
        assertThat(window.visible("#registrationDraftBox")).isFalse();
    }

    @Test
    void closingTheWindowKeepsWhatWasTypedLastAndOffersItNextTime() throws Exception {
        Path scratch = Files.createDirectories(Path.of("target", "test-journal", "registration"));
        Path home = Files.createTempDirectory(scratch, "home");
        open(home);
        window.awaitNode("#givenNamesField");
        window.robot().clickOn("#givenNamesField").write("Iker");
        window.robot().clickOn("#emailField").write("iker@example.org");

        window.close();

        assertThat(RegistrationJournal.in(home).read().flatMap(d -> d.field("email")))
                .as("the window waited for the journal before closing")
                .contains("iker@example.org");
        open(home);
        await().atMost(WorkstationRobot.PATIENCE)
                .ignoreExceptions()
                .until(() -> window.visible("#registrationDraftBox"));
        window.robot().clickOn("#discardDraftButton");
        await().atMost(WorkstationRobot.PATIENCE)
                .until(() -> RegistrationJournal.in(home).read().isEmpty());
        assertThat(window.text("#givenNamesField")).isEmpty();
    }

    private void open(Path journal) throws Exception {
        window.open(
                clinic,
                services -> services.auth().login("recepcion", "recepcion-demo".toCharArray()),
                ImportChooser.system(),
                new UiSettings(Optional.of(journal), ZoneId.of("Europe/Madrid")));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
