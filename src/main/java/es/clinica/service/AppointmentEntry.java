package es.clinica.service;

import es.clinica.domain.Appointment;

/**
 * An appointment with the names reception shows beside it.
 *
 * @param appointment the stored appointment
 * @param patientName the patient's name as spoken ("María García López")
 * @param doctorName the doctor's name as spoken
 */
public record AppointmentEntry(Appointment appointment, String patientName, String doctorName) {}
