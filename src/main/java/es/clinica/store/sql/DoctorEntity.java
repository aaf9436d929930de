package es.clinica.store.sql;

import es.clinica.domain.Doctor;
import es.clinica.domain.PersonName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "doctors")
class DoctorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "doctor_id")
    Long id;

    @Column(name = "given_names")
    String givenNames;

    @Column(name = "first_surname")
    String firstSurname;

    @Column(name = "second_surname")
    String secondSurname;

    String specialty;

    @Column(name = "licence_number")
    String licenceNumber;

    boolean active;

    void fill(Doctor doctor) {
        givenNames = doctor.name().givenNames();
        firstSurname = doctor.name().firstSurname();
        secondSurname = doctor.name().secondSurname().orElse(null);
        specialty = doctor.specialty();
        licenceNumber = doctor.licenceNumber();
        active = doctor.active();
    }

    Doctor toDomain() {
        return new Doctor(
                id,
                PersonName.of(givenNames, firstSurname, secondSurname),
                specialty,
                licenceNumber,
                active);
    }
}
