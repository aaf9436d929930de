package es.clinica.ui.reception;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.AppointmentStatus;
import es.clinica.domain.Doctor;
import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.service.AppointmentEntry;
import es.clinica.service.ClinicaException;
import es.clinica.service.ProfileData;
import es.clinica.service.ProfileReading;
import es.clinica.service.Registration;
import es.clinica.service.TimeSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A reception desk in memory that records what the screen asked and refuses when told to. */
final class FakeReceptionDesk implements ReceptionDesk {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    final List<String> searches = new ArrayList<>();
    final Map<String, List<Patient>> found = new HashMap<>();
    final List<Patient> alike = new ArrayList<>();
    final List<PatientData> registered = new ArrayList<>();
    final List<String> updates = new ArrayList<>();
    final Map<Long, ProfileReading> profiles = new HashMap<>();
    final List<Doctor> doctors = new ArrayList<>();
    final List<TimeSlot> free = new ArrayList<>();
    final List<AppointmentRequest> booked = new ArrayList<>();
    final List<AppointmentEntry> today = new ArrayList<>();
    final List<Long> checkedIn = new ArrayList<>();
    int todaysReads;
    Optional<ClinicaException> refusal = Optional.empty();
    Optional<ClinicaException> profileRefusal = Optional.empty();
    private long nextId = 100;

    @Override
    public List<Patient> search(String query, int limit) {
        searches.add(query);
        return found.getOrDefault(query, List.of());
    }

    @Override
    public List<Patient> findSimilar(PatientData data) {
        return List.copyOf(alike);
    }

    @Override
    public Registration register(PatientData data, ProfileData profile) {
        refuseIfTold();
        registered.add(data);
        return new Registration(patient(nextId++, data), alike);
    }

    @Override
    public Patient update(long patientId, PatientData data, ProfileData profile) {
        refuseIfTold();
        updates.add("update " + patientId + " with " + profile.allergies().size() + " allergies");
        return patient(patientId, data);
    }

    @Override
    public Patient updateCore(long patientId, PatientData data) {
        refuseIfTold();
        updates.add("core " + patientId);
        return patient(patientId, data);
    }

    @Override
    public Optional<ProfileReading> profileOf(long patientId) {
        profileRefusal.ifPresent(
                e -> {
                    throw e;
                });
        return Optional.ofNullable(profiles.get(patientId));
    }

    @Override
    public List<Doctor> doctors() {
        return List.copyOf(doctors);
    }

    @Override
    public List<TimeSlot> freeSlots(long doctorId, LocalDate day) {
        return List.copyOf(free);
    }

    @Override
    public Appointment book(AppointmentRequest request) {
        refuseIfTold();
        booked.add(request);
        free.removeIf(s -> s.startsAt().equals(request.startsAt()));
        Appointment appointment = appointment(booked.size(), request, AppointmentStatus.BOOKED);
        today.add(new AppointmentEntry(appointment, "María", "Ana Ruiz"));
        return appointment;
    }

    @Override
    public List<AppointmentEntry> todaysList() {
        todaysReads++;
        return List.copyOf(today);
    }

    @Override
    public Appointment checkIn(long appointmentId) {
        refuseIfTold();
        checkedIn.add(appointmentId);
        AppointmentEntry entry =
                today.stream().filter(e -> e.appointment().id() == appointmentId).findFirst().get();
        Appointment arrived = withStatus(entry.appointment(), AppointmentStatus.CHECKED_IN);
        today.set(today.indexOf(entry), new AppointmentEntry(arrived, "María", "Ana Ruiz"));
        return arrived;
    }

    @Override
    public Appointment cancel(long appointmentId) {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public Appointment markNoShow(long appointmentId) {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public LocalDate today() {
        return TODAY;
    }

    @Override
    public ZoneId zone() {
        return MADRID;
    }

    private void refuseIfTold() {
        refusal.ifPresent(
                e -> {
                    throw e;
                });
    }

    static Patient patient(long id, PatientData data) {
        return new Patient(id, data, NOW, NOW);
    }

    static Doctor doctor(long id, String given, String surname) {
        return new Doctor(id, PersonName.of(given, surname, null), "Familia", "LIC-" + id, true);
    }

    static Appointment appointment(long id, AppointmentRequest request, AppointmentStatus status) {
        return new Appointment(
                id,
                request.patientId(),
                request.doctorId(),
                request.startsAt(),
                request.durationMinutes(),
                request.reason(),
                status,
                NOW,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static Appointment withStatus(Appointment a, AppointmentStatus status) {
        return new Appointment(
                a.id(),
                a.patientId(),
                a.doctorId(),
                a.startsAt(),
                a.durationMinutes(),
                a.reason(),
                status,
                a.bookedAt(),
                Optional.of(NOW),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
