package es.clinica.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatientRulesTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Madrid"));

    private static PatientData bornOn(LocalDate date) {
        return PatientData.of(
                NationalId.parse("12345678Z"),
                PersonName.of("Ana", "Pérez", null),
                date,
                Sex.FEMALE,
                null,
                null);
    }

    @Test
    void birthDateInTheFutureIsRefused() {
        assertThatThrownBy(() -> bornOn(LocalDate.of(2026, 3, 3)).validate(CLOCK))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("patient.dateOfBirth.future");
                            assertThat(e.field()).contains("dateOfBirth");
                        });
        assertThat(bornOn(LocalDate.of(2026, 3, 2)).validate(CLOCK)).isNotNull();
    }

    @Test
    void patientWithoutNationalIdMustBeFlagged() {
        PersonName name = PersonName.of("John", "Smith", null);
        LocalDate born = LocalDate.of(1970, 1, 1);

        assertThatThrownBy(
                        () ->
                                new PatientData(
                                        Optional.empty(),
                                        false,
                                        name,
                                        born,
                                        Sex.MALE,
                                        Optional.empty(),
                                        Optional.empty(),
                                        false,
                                        Optional.empty()))
                .hasMessage("patient.nationalId.required");
        PatientData imported =
                new PatientData(
                        Optional.empty(),
                        true,
                        name,
                        born,
                        Sex.MALE,
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        Optional.of(LocalDate.of(2020, 1, 1)));
        assertThat(imported.deceased()).isTrue();
    }

    @Test
    void namesAreKeptAsTypedAndTooLongOrControlCharactersRefused() {
        PersonName name = PersonName.of("  María José ", "Núñez", " ");

        assertThat(name.givenNames()).isEqualTo("María José");
        assertThat(name.secondSurname()).isEmpty();
        assertThatThrownBy(() -> PersonName.of("a".repeat(101), "B", null))
                .hasMessage("person.name.tooLong");
        assertThatThrownBy(() -> PersonName.of("Ana\u0000", "B", null))
                .hasMessage("person.name.invalidCharacters");
        assertThatThrownBy(() -> PersonName.of("Ana", " ", null))
                .hasMessage("person.name.required");
    }

    @Test
    void appointmentInThePastIsRefused() {
        AppointmentRequest request =
                new AppointmentRequest(
                        1, 2, CLOCK.instant().minus(Duration.ofMinutes(1)), 15, null);

        assertThatThrownBy(() -> request.requireFuture(CLOCK))
                .hasMessage("appointment.startsAt.past");
        assertThatThrownBy(() -> new AppointmentRequest(1, 2, CLOCK.instant(), 0, ""))
                .hasMessage("appointment.duration.invalid");
    }

    @Test
    void appointmentMovesOnlyForward() {
        assertThat(AppointmentStatus.BOOKED.canMoveTo(AppointmentStatus.CHECKED_IN)).isTrue();
        assertThat(AppointmentStatus.CHECKED_IN.canMoveTo(AppointmentStatus.IN_CONSULTATION))
                .isTrue();
        assertThat(AppointmentStatus.COMPLETED.canMoveTo(AppointmentStatus.CANCELLED)).isFalse();
        assertThat(AppointmentStatus.BOOKED.canMoveTo(AppointmentStatus.COMPLETED)).isFalse();
        assertThat(AppointmentStatus.NO_SHOW.isLive()).isFalse();
    }

    @Test
    void outboxBackoffDoublesUpToFiveMinutes() {
        assertThat(OutboxEntry.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxEntry.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(OutboxEntry.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void doctorAccountMustLinkADoctor() {
        assertThatThrownBy(
                        () ->
                                new StaffAccount(
                                        0, "medico", "h", Role.DOCTOR, Optional.empty(), true))
                .hasMessage("account.doctor.required");
        assertThat(StaffAccount.usernameKey(" Admin ")).isEqualTo("admin");
    }
}
