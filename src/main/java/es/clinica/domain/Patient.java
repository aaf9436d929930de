package es.clinica.domain;

import java.time.Instant;

/**
 * A registered patient: the id PostgreSQL gave it (MongoDB documents are keyed by it) and the
 * validated data.
 */
public record Patient(long id, PatientData data, Instant createdAt, Instant updatedAt) {}
