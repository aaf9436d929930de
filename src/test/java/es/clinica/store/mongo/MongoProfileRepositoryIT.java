package es.clinica.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Address;
import es.clinica.domain.Allergy;
import es.clinica.domain.AllergySeverity;
import es.clinica.domain.Condition;
import es.clinica.domain.EmergencyContact;
import es.clinica.domain.PatientProfile;
import es.clinica.testsupport.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MongoProfileRepositoryIT {

    private static final Instant AT = Instant.parse("2026-02-03T09:15:30.250Z");

    private final MongoStore store = TestStores.get().freshMongo();
    private final MongoProfileRepository profiles = new MongoProfileRepository(store);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void profileComesBackExactlyAsTyped() {
        PatientProfile profile = fullProfile(17, 1);

        profiles.save(profile);

        assertThat(profiles.findByPatientId(17)).contains(profile);
    }

    @Test
    void savingTheSamePayloadTwiceLeavesOneIdenticalDocument() {
        PatientProfile profile = fullProfile(5, 3);

        assertThat(profiles.save(profile)).isTrue();
        assertThat(profiles.save(profile)).isTrue();

        assertThat(store.database().getCollection("perfiles_pacientes").countDocuments())
                .isEqualTo(1);
        assertThat(profiles.findByPatientId(5)).contains(profile);
    }

    @Test
    void aLateOlderVersionDoesNotUndoANewerOne() {
        PatientProfile older = PatientProfile.empty(8, 1, AT);
        PatientProfile newer = fullProfile(8, 2);
        profiles.save(newer);

        boolean applied = profiles.save(older);

        assertThat(applied).isFalse();
        assertThat(profiles.findByPatientId(8)).contains(newer);
    }

    @Test
    void aMinimalProfileKeepsItsAbsences() {
        PatientProfile empty = PatientProfile.empty(9, 1, AT);

        profiles.save(empty);

        PatientProfile read = profiles.findByPatientId(9).orElseThrow();
        assertThat(read.address()).isEmpty();
        assertThat(read.emergencyContact()).isEmpty();
        assertThat(read).isEqualTo(empty);
    }

    @Test
    void unknownPatientHasNoProfile() {
        assertThat(profiles.findByPatientId(404)).isEmpty();
    }

    @Test
    void listsEveryProfilesPatientId() {
        profiles.save(PatientProfile.empty(30, 1, AT));
        profiles.save(PatientProfile.empty(4, 1, AT));

        assertThat(profiles.findAllPatientIds()).containsExactly(4L, 30L);
    }

    private static PatientProfile fullProfile(long patientId, long version) {
        Allergy penicillin =
                new Allergy(
                        "Penicilina",
                        Optional.of("764146007"),
                        Optional.of("http://snomed.info/sct"),
                        Optional.of("Urticaria y edema de glotis"),
                        AllergySeverity.SEVERE,
                        Optional.of("medication"),
                        Optional.of("high"),
                        Optional.of("active"),
                        Optional.of(LocalDate.of(2019, 4, 1)));
        Allergy nuts =
                Allergy.of("Frutos secos (nuez, avellana)", null, AllergySeverity.MILD, null);
        Condition asthma =
                new Condition(
                        Optional.of("J45.909"),
                        Optional.of("http://hl7.org/fhir/sid/icd-10"),
                        "Asma bronquial",
                        Optional.of(LocalDate.of(2001, 9, 12)),
                        Optional.of("active"),
                        Optional.of("Empeora en primavera; usa salbutamol a demanda"));
        Address address =
                new Address(
                        List.of("C/ Peñíscola, 3, 2º-Iª", "Urbanización L'Olivar"),
                        Optional.of("A Coruña"),
                        Optional.of("08001"),
                        Optional.of("Girona"),
                        Optional.of("España"));
        EmergencyContact contact =
                new EmergencyContact(
                        "María José O'Connor Núñez-Ibáñez",
                        Optional.of("Madre"),
                        Optional.of("+34 600 123 456"));
        return new PatientProfile(
                patientId,
                List.of(penicillin, nuts),
                List.of(asthma),
                Optional.of(address),
                Optional.of(contact),
                "Prefiere cita por la mañana; habla català y castellano.",
                Optional.of("Muñoz d'Aubigné"),
                version,
                AT);
    }
}
