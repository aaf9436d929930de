package es.clinica.store.sql;

import static es.clinica.store.sql.SqlFixtures.CLOCK;
import static es.clinica.store.sql.SqlFixtures.patient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.clinica.domain.NationalId;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PatientIdentifier;
import es.clinica.domain.PersonName;
import es.clinica.domain.Sex;
import es.clinica.service.ConflictException;
import es.clinica.service.NotFoundException;
import es.clinica.testsupport.TestStores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PatientRepositoryIT {

    private final SqlStore store = TestStores.get().freshPostgres();
    private final SqlPatientRepository patients = new SqlPatientRepository(store, CLOCK);

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> surnamesFound(String query) {
        return patients.search(query, 50).stream()
                .map(p -> p.data().name().firstSurname())
                .toList();
    }

    @Test
    void duplicateNationalIdIsAConflictNamingTheField() {
        PatientData first = patient("Ana", "Pérez", null);
        patients.create(first);
        PatientData second =
                PatientData.of(
                        first.nationalId().orElseThrow(),
                        PersonName.of("Otra", "Persona", null),
                        LocalDate.of(1990, 1, 1),
                        Sex.MALE,
                        null,
                        null);

        assertThatThrownBy(() -> patients.create(second))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("patient.nationalId.duplicate");
                            assertThat(e.field()).contains("nationalId");
                            assertThat(e.getCause()).isNull();
                        });
        assertThat(patients.count()).isEqualTo(1);
    }

    @Test
    void namesAreStoredExactlyAsTypedAndFoundFolded() {
        Patient garcia = patients.create(patient("María José", "García", "Núñez"));
        patients.create(patient("Seán", "O'Keefe", null));
        patients.create(patient("Íñigo", "Ruiz-Giménez", "de la Peña"));
        patients.create(patient("Pedro", "Martínez", null));

        Patient stored = patients.findById(garcia.id()).orElseThrow();
        assertThat(stored.data().name().display()).isEqualTo("María José García Núñez");
        assertThat(surnamesFound("garcia")).containsExactly("García");
        assertThat(surnamesFound("nunez")).containsExactly("García");
        assertThat(surnamesFound("GARCÍA núñez")).containsExactly("García");
        assertThat(surnamesFound("okeefe")).containsExactly("O'Keefe");
        assertThat(surnamesFound("o'keefe")).containsExactly("O'Keefe");
        assertThat(surnamesFound("O’Keefe")).containsExactly("O'Keefe");
        assertThat(surnamesFound("o keefe")).containsExactly("O'Keefe");
        assertThat(surnamesFound("gimenez pena")).containsExactly("Ruiz-Giménez");
        assertThat(surnamesFound("ruiz-gimenez")).containsExactly("Ruiz-Giménez");
        assertThat(surnamesFound("inigo")).containsExactly("Ruiz-Giménez");
        assertThat(surnamesFound("zzz")).isEmpty();
        assertThat(surnamesFound("%")).isEmpty();
    }

    @Test
    void searchFindsByNationalIdAndPhone() {
        Patient ana = patients.create(patient("Ana", "Pérez", null));
        String dni = ana.data().nationalId().orElseThrow().value();

        assertThat(patients.search(dni.toLowerCase(), 10))
                .extracting(Patient::id)
                .contains(ana.id());
        assertThat(patients.search("600 123 456", 10)).extracting(Patient::id).contains(ana.id());
        assertThat(patients.findByNationalId(dni)).map(Patient::id).contains(ana.id());
    }

    @Test
    void updateReplacesDataAndUnknownIdIsNotFound() {
        Patient ana = patients.create(patient("Ana", "Pérez", null));
        PatientData changed =
                PatientData.of(
                        ana.data().nationalId().orElseThrow(),
                        PersonName.of("Ana Belén", "Pérez", "Gómez"),
                        LocalDate.of(1980, 5, 17),
                        Sex.FEMALE,
                        "911 22 33 44",
                        "ana@example.org");

        Patient updated = patients.update(ana.id(), changed);

        assertThat(updated.data().name().display()).isEqualTo("Ana Belén Pérez Gómez");
        assertThat(surnamesFound("gomez")).containsExactly("Pérez");
        assertThatThrownBy(() -> patients.update(ana.id() + 999, changed))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("patient.notFound");
    }

    @Test
    void importedPatientsWithoutNationalIdKeepTheirSourceIdentifier() {
        PatientData imported =
                new PatientData(
                        Optional.empty(),
                        true,
                        PersonName.of("John", "Smith", null),
                        LocalDate.of(1970, 1, 1),
                        Sex.MALE,
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        Optional.empty());
        Patient first = patients.create(imported);
        Patient second = patients.create(imported);
        PatientIdentifier source = new PatientIdentifier("urn:synthea", "abc-123");

        patients.addIdentifier(first.id(), source);
        patients.addIdentifier(first.id(), source);

        assertThat(patients.findByIdentifier(source)).map(Patient::id).contains(first.id());
        assertThat(patients.identifiersOf(first.id())).containsExactly(source);
        assertThatThrownBy(() -> patients.addIdentifier(second.id(), source))
                .isInstanceOf(ConflictException.class)
                .hasMessage("patient.identifier.duplicate");
        assertThat(first.data().needsNationalId()).isTrue();
    }

    @Test
    void aDniIsStoredNormalised() {
        PatientData data =
                PatientData.of(
                        NationalId.parse("x-1234567-l"),
                        PersonName.of("Olga", "Ivanova", null),
                        LocalDate.of(1985, 2, 3),
                        Sex.FEMALE,
                        null,
                        null);

        patients.create(data);

        assertThat(patients.findByNationalId("X1234567L")).isPresent();
    }

    @Test
    void aBatchIsStoredWholeOrNotAtAll() {
        List<PatientData> batch = List.of(patient("Ana", "Uno", null), patient("Eva", "Dos", null));

        List<Patient> stored = patients.createAll(batch);

        assertThat(stored)
                .extracting(p -> p.data().name().firstSurname())
                .containsExactly("Uno", "Dos");
        PatientData clash = batch.get(0);
        assertThatThrownBy(() -> patients.createAll(List.of(patient("Leo", "Tres", null), clash)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("patient.nationalId.duplicate");
        assertThat(patients.count()).isEqualTo(2);
    }

    @Test
    void patientsStoredInBulkAndOneByOneNeverShareAnId() {
        Patient single = patients.create(patient("Rosa", "Antes", null));
        List<PatientData> batch = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            batch.add(patient("Ana", "Lote", null));
        }

        List<Patient> stored = patients.createAll(batch);
        Patient after = patients.create(patient("Eva", "Después", null));

        Set<Long> ids = new HashSet<>();
        ids.add(single.id());
        ids.add(after.id());
        stored.forEach(p -> ids.add(p.id()));
        assertThat(ids).hasSize(122);
        assertThat(patients.findById(stored.get(119).id()).orElseThrow().data())
                .isEqualTo(batch.get(119));
    }
}
