package es.clinica.service;

import es.clinica.domain.Appointment;
import es.clinica.domain.Doctor;
import es.clinica.domain.PersonName;
import es.clinica.service.port.DoctorRepository;
import es.clinica.service.port.PatientRepository;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Display names of patients and doctors, cached: the lists and the live board show the same few
 * dozen people again and again. A renamed patient shows the new name after a restart.
 */
final class Names {

    private final PatientRepository patients;
    private final DoctorRepository doctors;
    private final Map<Long, String> patientNames = new ConcurrentHashMap<>();
    private final Map<Long, String> shortNames = new ConcurrentHashMap<>();
    private final Map<Long, String> doctorNames = new ConcurrentHashMap<>();

    Names(PatientRepository patients, DoctorRepository doctors) {
        this.patients = patients;
        this.doctors = doctors;
    }

    String patient(long patientId) {
        return patientNames.computeIfAbsent(
                patientId,
                id -> patients.findById(id).map(p -> p.data().name().display()).orElse("#" + id));
    }

    /** "María L. G.": the first given name and the surnames' initials, for the waiting room. */
    String patientShort(long patientId) {
        return shortNames.computeIfAbsent(
                patientId,
                id -> patients.findById(id).map(p -> shortName(p.data().name())).orElse("#" + id));
    }

    String doctor(long doctorId) {
        return doctorNames.computeIfAbsent(
                doctorId,
                id ->
                        doctors.findById(id)
                                .map(Doctor::name)
                                .map(n -> n.display())
                                .orElse("#" + id));
    }

    AppointmentEntry view(Appointment appointment) {
        return new AppointmentEntry(
                appointment, patient(appointment.patientId()), doctor(appointment.doctorId()));
    }

    static String shortName(PersonName name) {
        String first = name.givenNames().split("\\s+")[0];
        return first
                + " "
                + initial(name.firstSurname())
                + name.secondSurname().map(s -> " " + initial(s)).orElse("");
    }

    private static String initial(String surname) {
        return surname.substring(0, surname.offsetByCodePoints(0, 1)) + ".";
    }
}
