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

/** The reception desk over the patient and appointment services. */
final class ServicesReceptionDesk implements ReceptionDesk {

    private final ClinicServices services;

    ServicesReceptionDesk(ClinicServices services) {
        this.services = services;
    }

    @Override
    public List<Patient> search(String query, int limit) {
        return services.patients().search(query, limit);
    }

    @Override
    public List<Patient> findSimilar(PatientData data) {
        return services.patients().findSimilar(data);
    }

    @Override
    public Registration register(PatientData data, ProfileData profile) {
        return services.patients().register(data, profile);
    }

    @Override
    public Patient update(long patientId, PatientData data, ProfileData profile) {
        return services.patients().update(patientId, data, profile);
    }

    @Override
    public Patient updateCore(long patientId, PatientData data) {
        return services.patients().updateCore(patientId, data);
    }

    @Override
    public Optional<ProfileReading> profileOf(long patientId) {
        return services.patients().profileOf(patientId);
    }

    @Override
    public List<Doctor> doctors() {
        return services.appointments().doctors();
    }

    @Override
    public List<TimeSlot> freeSlots(long doctorId, LocalDate day) {
        return services.appointments().freeSlots(doctorId, day);
    }

    @Override
    public Appointment book(AppointmentRequest request) {
        return services.appointments().book(request);
    }

    @Override
    public List<AppointmentEntry> todaysList() {
        return services.appointments().todaysList();
    }

    @Override
    public Appointment checkIn(long appointmentId) {
        return services.appointments().checkIn(appointmentId);
    }

    @Override
    public Appointment cancel(long appointmentId) {
        return services.appointments().cancel(appointmentId);
    }

    @Override
    public Appointment markNoShow(long appointmentId) {
        return services.appointments().markNoShow(appointmentId);
    }

    @Override
    public LocalDate today() {
        return services.appointments().today();
    }

    @Override
    public ZoneId zone() {
        return services.appointments().zone();
    }
}
