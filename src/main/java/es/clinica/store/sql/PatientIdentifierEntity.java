package es.clinica.store.sql;

import es.clinica.domain.PatientIdentifier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "patient_identifiers")
class PatientIdentifierEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "patient_identifier_id")
    Long id;

    @Column(name = "patient_id")
    long patientId;

    String system;

    String value;

    PatientIdentifier toDomain() {
        return new PatientIdentifier(system, value);
    }
}
