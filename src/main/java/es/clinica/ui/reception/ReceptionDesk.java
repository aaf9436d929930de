package es.clinica.ui.reception;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.Doctor;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.service.AppointmentEntry;
import es.clinica.service.ClinicServices;
import es.clinica.service.ProfileData;
import es.clinica.service.ProfileReading;
import es.clinica.service.Registration;
import es.clinica.service.TimeSlot;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The service calls the reception screen makes, in one place so its view model can be tested over a
 * hand-written fake. Every method talks to a store: call it through {@code Background}.
 */
public interface ReceptionDesk {

    /** See {@code PatientService.search}. */
    List<Patient> search(String query, int limit);

    /** See {@code PatientService.findSimilar}. */
    List<Patient> findSimilar(PatientData data);

    /** See {@code PatientService.register}. */
    Registration register(PatientData data, ProfileData profile);

    /** See {@code PatientService.update}. */
    Patient update(long patientId, PatientData data, ProfileData profile);

    /** See {@code PatientService.updateCore}: the profile is left as it is. */
    Patient updateCore(long patientId, PatientData data);

    /** See {@code PatientService.profileOf}. */
    Optional<ProfileReading> profileOf(long patientId);

    /** See {@code AppointmentService.doctors}. */
    List<Doctor> doctors();

    /** See {@code AppointmentService.freeSlots}. */
    List<TimeSlot> freeSlots(long doctorId, LocalDate day);

    /** See {@code AppointmentService.book}. */
    Appointment book(AppointmentRequest request);

    /** See {@code AppointmentService.todaysList}. */
    List<AppointmentEntry> todaysList();

    /** See {@code AppointmentService.checkIn}. */
    Appointment checkIn(long appointmentId);

    /** See {@code AppointmentService.cancel}. */
    Appointment cancel(long appointmentId);

    /** See {@code AppointmentService.markNoShow}. */
    Appointment markNoShow(long appointmentId);

    /** Today in the clinic's zone. */
    LocalDate today();

    /** The clinic's zone, for showing appointment times. */
    ZoneId zone();

    /**
     * The desk over the workstation's services (each read when called, so none is needed early).
     */
    static ReceptionDesk of(ClinicServices services) {
        return new ServicesReceptionDesk(services);
    }
}
