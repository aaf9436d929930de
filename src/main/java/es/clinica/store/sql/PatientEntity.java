package es.clinica.store.sql;

import es.clinica.domain.NationalId;
import es.clinica.domain.NationalIdType;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@Entity
@Table(name = "patients")
class PatientEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patients_seq")
    @SequenceGenerator(
            name = "patients_seq",
            sequenceName = "patients_patient_id_seq",
            allocationSize = 50)
    @Column(name = "patient_id")
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "national_id_type")
    NationalIdType nationalIdType;

    @Column(name = "national_id")
    String nationalId;

    @Column(name = "needs_national_id")
    boolean needsNationalId;

    @Column(name = "given_names")
    String givenNames;

    @Column(name = "first_surname")
    String firstSurname;

    @Column(name = "second_surname")
    String secondSurname;

    @Column(name = "date_of_birth")
    LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    Sex sex;

    String phone;

    @Column(name = "phone_digits")
    String phoneDigits;

    String email;

    boolean deceased;

    @Column(name = "deceased_on")
    LocalDate deceasedOn;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Version long version;

    void fill(PatientData data) {
        nationalIdType = data.nationalId().map(NationalId::type).orElse(null);
        nationalId = data.nationalId().map(NationalId::value).orElse(null);
        needsNationalId = data.needsNationalId();
        givenNames = data.name().givenNames();
        firstSurname = data.name().firstSurname();
        secondSurname = data.name().secondSurname().orElse(null);
        dateOfBirth = data.dateOfBirth();
        sex = data.sex();
        phone = data.phone().orElse(null);
        phoneDigits = data.phoneDigits();
        email = data.email().orElse(null);
        deceased = data.deceased();
        deceasedOn = data.deceasedOn().orElse(null);
        searchText = data.searchText();
    }

    Patient toDomain() {
        PatientData data =
                new PatientData(
                        Optional.ofNullable(nationalId).map(v -> new NationalId(nationalIdType, v)),
                        needsNationalId,
                        PersonName.of(givenNames, firstSurname, secondSurname),
                        dateOfBirth,
                        sex,
                        Optional.ofNullable(phone),
                        Optional.ofNullable(email),
                        deceased,
                        Optional.ofNullable(deceasedOn));
        return new Patient(id, data, createdAt, updatedAt);
    }
}
