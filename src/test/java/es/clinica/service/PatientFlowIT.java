package es.clinica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.Role;
import es.clinica.domain.Sex;
import es.clinica.store.mongo.JsonProfileCodec;
import es.clinica.store.mongo.MongoProfileRepository;
import es.clinica.store.mongo.MongoStore;
import es.clinica.store.sql.SqlOutboxRepository;
import es.clinica.store.sql.SqlPatientRepository;
import es.clinica.store.sql.SqlStore;
import es.clinica.store.sql.SqlTransactions;
import es.clinica.testsupport.TestAccess;
import es.clinica.testsupport.TestStores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PatientFlowIT {

    static final Clock CLOCK =
            Clock.fixed(Instant.parse("2025-03-10T09:00:00Z"), ZoneId.of("Europe/Madrid"));

    private final SqlStore sql = TestStores.get().freshPostgres();
    private final MongoStore mongo = TestStores.get().freshMongo();
    private final SqlPatientRepository patients = new SqlPatientRepository(sql, CLOCK);
    private final SqlOutboxRepository outbox = new SqlOutboxRepository(sql, CLOCK);
    private final MongoProfileRepository profiles = new MongoProfileRepository(mongo);
    private final ProfileOutbox profileOutbox = new ProfileOutbox(outbox, new JsonProfileCodec());
    private final OutboxRelay relay =
            new OutboxRelay(outbox, CLOCK)
                    .register(ProfileOutbox.TYPE, profileOutbox.handler(profiles));
    private final PatientService service =
            new PatientService(
                    TestAccess.as(Role.RECEPTION, 1, null),
                    new SqlTransactions(sql),
                    patients,
                    profiles,
                    profileOutbox,
                    relay,
                    CLOCK);

    @AfterEach
    void close() {
        relay.close();
        sql.close();
        mongo.close();
    }

    static PatientData person(
            String id, String given, String first, String second, LocalDate born) {
        return PatientData.of(
                NationalId.parse(id),
                PersonName.of(given, first, second),
                born,
                Sex.FEMALE,
                "+34 600 12 34 56",
                null);
    }

    static ProfileData twoAllergies() {
        return new ProfileData(
                List.of(
                        Allergy.of(
                                "Penicilina",
                                "Urticaria",
                                AllergySeverity.MODERATE,
                                LocalDate.of(2020, 5, 1)),
                        Allergy.of("Látex", "Eccema", AllergySeverity.MILD, null)),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                "",
                Optional.empty());
    }

    @Test
    void registeredPatientWithTwoAllergiesIsFoundWithoutAccentsAndProfileLandsInMongo() {
        Registration registration =
                service.register(
                        person(
                                "12345678Z",
                                "María José",
                                "Núñez",
                                "Peña",
                                LocalDate.of(1980, 2, 3)),
                        twoAllergies());
        long id = registration.patient().id();

        assertThat(service.search("nunez pena", 10)).extracting(Patient::id).containsExactly(id);
        assertThat(service.profileOf(id).orElseThrow().pending()).isTrue();
        assertThat(relay.runOnce()).isEqualTo(1);
        assertThat(profiles.findByPatientId(id).orElseThrow().allergies())
                .extracting(Allergy::substance)
                .containsExactly("Penicilina", "Látex");
        ProfileReading view = service.profileOf(id).orElseThrow();
        assertThat(view.pending()).isFalse();
        assertThat(view.profile().allergies().get(0).severity())
                .isEqualTo(AllergySeverity.MODERATE);
        assertThat(relay.pendingCount()).isZero();
    }

    @Test
    void duplicateNationalIdIsRefusedAndNothingIsWrittenAnywhere() {
        service.register(
                person("12345678Z", "Ana", "Pérez", null, LocalDate.of(1970, 1, 1)),
                twoAllergies());
        relay.runOnce();

        assertThatThrownBy(
                        () ->
                                service.register(
                                        person(
                                                "12345678-z",
                                                "Otra",
                                                "Persona",
                                                null,
                                                LocalDate.of(1990, 1, 1)),
                                        twoAllergies()))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("patient.nationalId.duplicate");
                            assertThat(e.field()).contains("nationalId");
                        });
        assertThat(patients.count()).isEqualTo(1);
        assertThat(outbox.countPending()).isZero();
        assertThat(relay.runOnce()).isZero();
        assertThat(profiles.findAllPatientIds()).hasSize(1);
    }

    @Test
    void birthDateInTheFutureIsRefusedNamingTheField() {
        assertThatThrownBy(
                        () ->
                                service.register(
                                        person(
                                                "12345678Z",
                                                "Ana",
                                                "Pérez",
                                                null,
                                                LocalDate.of(2025, 3, 11)),
                                        ProfileData.empty()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("patient.dateOfBirth.future");
                            assertThat(e.field()).contains("dateOfBirth");
                        });
        assertThat(patients.count()).isZero();
        assertThat(outbox.countPending()).isZero();
        assertThat(profiles.findAllPatientIds()).isEmpty();
    }

    @Test
    void namesWithAccentsEnyeApostrophesAndHyphensAreStoredAndFoundAsTyped() {
        long id =
                service.register(
                                person(
                                        "X1234567L",
                                        "Íñigo",
                                        "O'Connor-Ibáñez",
                                        "Muñoz",
                                        LocalDate.of(1990, 6, 1)),
                                ProfileData.empty())
                        .patient()
                        .id();

        PersonName stored = service.findById(id).orElseThrow().data().name();
        assertThat(stored).isEqualTo(PersonName.of("Íñigo", "O'Connor-Ibáñez", "Muñoz"));
        assertThat(service.search("oconnor ibanez", 5)).extracting(Patient::id).containsExactly(id);
        assertThat(service.search("IÑIGO MUÑOZ", 5)).extracting(Patient::id).containsExactly(id);
    }

    @Test
    void similarPatientIsAWarningNotARefusal() {
        LocalDate born = LocalDate.of(1985, 4, 20);
        service.register(
                person("12345678Z", "Lucía", "García", "López", born), ProfileData.empty());

        Registration second =
                service.register(
                        person("87654321X", "Lucia", "Garcia", null, born), ProfileData.empty());

        assertThat(second.similar()).hasSize(1);
        assertThat(second.similar().get(0).data().name().givenNames()).isEqualTo("Lucía");
        assertThat(patients.count()).isEqualTo(2);
    }

    @Test
    void laterProfileEditWinsEvenWhenAnOlderEntryIsAppliedAgain() {
        long id =
                service.register(
                                person("12345678Z", "Ana", "Pérez", null, LocalDate.of(1970, 1, 1)),
                                twoAllergies())
                        .patient()
                        .id();
        var first = outbox.findLatestPending(ProfileOutbox.TYPE, Long.toString(id)).orElseThrow();
        service.updateProfile(id, ProfileData.empty());
        relay.runOnce();

        profiles.save(profileOutbox.decode(first));

        assertThat(service.profileOf(id).orElseThrow().profile().allergies()).isEmpty();
    }
}
