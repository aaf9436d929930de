package es.clinica.service;

import es.clinica.domain.PatientProfile;

/**
 * A patient's profile as shown to a user.
 *
 * @param pending the latest change has not reached MongoDB yet (it is safe in PostgreSQL's outbox);
 *     the profile shown is that latest change
 */
public record ProfileReading(PatientProfile profile, boolean pending) {}
