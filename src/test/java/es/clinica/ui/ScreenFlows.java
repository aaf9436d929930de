package es.clinica.ui;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.NationalId;
import es.clinica.domain.PatientData;
import es.clinica.domain.PersonName;
import es.clinica.domain.Sex;
import es.clinica.service.ClinicServices;
import es.clinica.service.ProfileData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/** A clinic's morning set up through the services, as the staff would do it, for screen tests. */
final class ScreenFlows {

    private final ClinicServices services;

    ScreenFlows(ClinicServices services) {
        this.services = services;
    }

    /** Registers a patient, books them with the demo doctor a few minutes from now, checks in. */
    Appointment checkedInPatient(String nationalId, String given, String surname) {
        return checkedInPatient(nationalId, given, surname, Duration.ZERO);
    }

    /** Like {@link #checkedInPatient(String, String, String)}, booked {@code later} than that. */
    Appointment checkedInPatient(String nationalId, String given, String surname, Duration later) {
        long doctorId = as("medico", s -> {}).doctorId;
        as(
                "recepcion",
                s -> {
                    long patientId = register(s, nationalId, given, surname);
                    Instant start =
                            Instant.now()
                                    .plus(Duration.ofMinutes(2))
                                    .truncatedTo(ChronoUnit.MINUTES);
                    Appointment booked =
                            s.appointments()
                                    .book(
                                            new AppointmentRequest(
                                                    patientId,
                                                    doctorId,
                                                    start.plusSeconds(60).plus(later),
                                                    20,
                                                    ""));
                    last = s.appointments().checkIn(booked.id());
                });
        return last;
    }

    /** Registers a patient who has no appointment; returns their id. */
    long registeredPatient(String nationalId, String given, String surname) {
        long[] id = new long[1];
        as("recepcion", s -> id[0] = register(s, nationalId, given, surname));
        return id[0];
    }

    private static long register(
            ClinicServices s, String nationalId, String given, String surname) {
        return s.patients()
                .register(
                        PatientData.of(
                                NationalId.parse(nationalId),
                                PersonName.of(given, surname, null),
                                LocalDate.of(1980, 5, 6),
                                Sex.FEMALE,
                                "+34 600 11 22 33",
                                null),
                        ProfileData.empty())
                .patient()
                .id();
    }

    /** The demo doctor calls the next patient in and completes the consultation. */
    Appointment completedConsultation() {
        as(
                "medico",
                s -> {
                    Appointment called = s.appointments().callNext();
                    last = s.appointments().complete(called.id());
                });
        return last;
    }

    /** Logs in and stays logged in, as the window's user. */
    void logIn(String user) {
        services.auth().login(user, (user + "-demo").toCharArray());
    }

    private Appointment last;
    private long doctorId;

    private ScreenFlows as(String user, Consumer<ClinicServices> work) {
        logIn(user);
        doctorId = services.auth().currentActor().flatMap(a -> a.doctorId()).orElse(0L);
        work.accept(services);
        services.auth().logout();
        return this;
    }
}
