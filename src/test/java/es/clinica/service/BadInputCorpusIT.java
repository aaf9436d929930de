package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import es.clinica.domain.MedicalNote;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PatientProfile;
import es.clinica.domain.PersonName;
import es.clinica.domain.Role;
import es.clinica.domain.SessionInfo;
import es.clinica.domain.StaffAccount;
import es.clinica.service.port.DomainRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Strings that look like query operators or SQL, very long text, control characters and broken
 * Unicode, fed through the services and repositories: each is stored and read back literally or
 * refused with a clear message, and nothing else breaks.
 */
class BadInputCorpusIT {

    private static final List<String> STORABLE =
            List.of(
                    "{\"$gt\": \"\"}",
                    "$where",
                    "'; DROP TABLE patients; --",
                    "Robert'); DELETE FROM staff_accounts;--",
                    "* KEYS * FLUSHALL",
                    "O'Brien-Núñez \\ \" % _");
    private static final String LONG = "a".repeat(100_000);
    private static final String CONTROL = "abc\u0000\u0007\u001b[31m";
    private static final String LONE_SURROGATE = "abc\ud800def";
    private static final List<String> REFUSED_IN_NAMES = List.of(LONG, CONTROL, LONE_SURROGATE);

    private final AuthStack stack = new AuthStack();

    @AfterEach
    void close() {
        stack.close();
    }

    @Test
    void loginRefusesEveryOddUsernameWithTheUsualMessage() {
        stack.account("recepcion", Role.RECEPTION);
        for (String username : concat(STORABLE, REFUSED_IN_NAMES)) {
            Throwable refusal = catchThrowable(() -> stack.auth.login(username, "x".toCharArray()));
            assertThat(refusal)
                    .isInstanceOfSatisfying(
                            AccessDeniedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("auth.invalidCredentials"));
        }
        stack.auth.login("recepcion", AuthStack.PASSWORD.toCharArray());
        assertThat(stack.auth.currentActor()).isPresent();
        assertThat(stack.trail.verify().intact()).isTrue();
    }

    @Test
    void noteTextIsStoredLiterallyOrRefusedNamingTheField() {
        Patient patient = stack.patient();
        stack.loginAs(stack.account("dra.ruiz", Role.DOCTOR));
        for (String text : STORABLE) {
            MedicalNote saved = stack.consultation.saveDraft(draft(patient, text + "\nlínea 2\t"));
            assertThat(stack.notes.findById(saved.noteId()))
                    .hasValueSatisfying(
                            n -> assertThat(n.subjective()).isEqualTo(text + "\nlínea 2\t"));
        }
        for (String text : REFUSED_IN_NAMES) {
            assertThat(catchThrowable(() -> stack.consultation.saveDraft(draft(patient, text))))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> {
                                assertThat(e.messageKey()).startsWith("note.text.");
                                assertThat(e.field()).contains("subjective");
                            });
        }
        assertThat(stack.notes.findByPatientId(patient.id())).hasSize(STORABLE.size());
    }

    @Test
    void patientNamesAreStoredLiterallyOrRefusedByTheNameRule() {
        for (String text : STORABLE) {
            Patient stored = stack.patients.create(withSurname(stack.patient().data(), text));
            assertThat(stack.patients.findById(stored.id()))
                    .hasValueSatisfying(
                            p ->
                                    assertThat(p.data().name().firstSurname())
                                            .isEqualTo(text.strip()));
        }
        for (String text : REFUSED_IN_NAMES) {
            Throwable refusal =
                    catchThrowable(() -> DomainRules.valid(() -> PersonName.of("Ana", text, null)));
            assertThat(refusal)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e ->
                                    assertThat(e.messageKey())
                                            .isIn(
                                                    "person.name.tooLong",
                                                    "person.name.invalidCharacters"));
        }
        assertThat(stack.patients.search("DROP TABLE", 10)).isNotEmpty();
    }

    @Test
    void profileNotesAreStoredLiterally() {
        Patient patient = stack.patient();
        for (String text : concat(STORABLE, List.of(LONG, CONTROL))) {
            PatientProfile profile =
                    new PatientProfile(
                            patient.id(),
                            List.of(),
                            List.of(),
                            Optional.empty(),
                            Optional.empty(),
                            text,
                            Optional.empty(),
                            1,
                            Instant.parse("2026-01-01T00:00:00Z"));
            stack.profiles.save(profile);
            assertThat(stack.profiles.findByPatientId(patient.id()))
                    .hasValueSatisfying(p -> assertThat(p.freeNotes()).isEqualTo(text));
        }
    }

    @Test
    void sessionUsernamesAreStoredLiterallyInRedis() {
        for (String text : concat(STORABLE, List.of(LONG, CONTROL))) {
            SessionInfo session =
                    new SessionInfo(
                            "tok-" + text.hashCode(),
                            1,
                            text,
                            "RECEPTION",
                            OptionalLong.empty(),
                            Instant.parse("2026-01-01T00:00:00Z"));
            stack.sessions.create(session);
            assertThat(stack.sessions.findByToken(session.token()))
                    .hasValueSatisfying(s -> assertThat(s.username()).isEqualTo(text));
        }
        // A broken character never reaches a session: the account's username rule refuses it.
        assertThat(
                        catchThrowable(
                                () ->
                                        new StaffAccount(
                                                0,
                                                LONE_SURROGATE,
                                                "h",
                                                Role.ADMIN,
                                                Optional.empty(),
                                                true)))
                .hasMessage("account.username.invalid");
    }

    private static NoteDraft draft(Patient patient, String subjective) {
        return new NoteDraft(
                Optional.empty(),
                patient.id(),
                1,
                new MedicalNote.Soap(subjective, "", "", ""),
                List.of(),
                List.of());
    }

    private static PatientData withSurname(PatientData data, String surname) {
        return new PatientData(
                Optional.of(es.clinica.domain.NationalId.parse(freshDni())),
                false,
                PersonName.of("Ana", surname, null),
                LocalDate.of(1990, 1, 1),
                data.sex(),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty());
    }

    private static int next = 40_000_000;

    private static synchronized String freshDni() {
        next++;
        return String.format("%08d%c", next, es.clinica.domain.NationalId.dniLetter(next));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
