package es.clinica.ui.consultation;

import es.clinica.domain.Appointment;
import es.clinica.domain.MedicalNote;
import es.clinica.service.Actor;
import es.clinica.service.ClinicServices;
import es.clinica.service.LiveBoardDisplay;
import es.clinica.service.NoteDraft;
import es.clinica.service.PatientSummary;
import java.util.Optional;

/**
 * What the consultation screen asks of the services, in one narrow interface so that its view model
 * can be tested over a hand-written fake. Every method talks to a store: call it off the JavaFX
 * thread. Failures are the service's {@code ClinicaException}s.
 */
public interface DoctorDesk {

    /** The doctor the logged-in account is; empty for other roles or without a session. */
    Optional<Long> doctorId();

    /** The live board (waiting list, available doctors, who is with whom). */
    LiveBoardDisplay board();

    /** The logged-in doctor joins or leaves the available doctors. */
    void setAvailable(boolean available);

    /** Calls the first waiting patient; {@code queue.empty} when nobody waits. */
    Appointment callNext();

    /** One appointment, e.g. the one this doctor was seeing before a restart. */
    Appointment appointment(long appointmentId);

    /** The patient's summary, allergies first. */
    PatientSummary openSummary(long patientId);

    /** Saves the note's draft; returns it with its id. */
    MedicalNote saveDraft(NoteDraft draft);

    /** A patient's name as shown on screen, e.g. for the pending notes; empty when unknown. */
    Optional<String> patientName(long patientId);

    /** Signs a saved note. */
    MedicalNote sign(String noteId);

    /** Ends the consultation, freeing the doctor for the next call. */
    Appointment complete(long appointmentId);

    /** The desk over the workstation's services. */
    static DoctorDesk over(ClinicServices services) {
        return new DoctorDesk() {
            @Override
            public Optional<Long> doctorId() {
                // A window shown over the probes alone (ClinicServices(health)) has no sessions.
                return Optional.ofNullable(services.auth())
                        .flatMap(auth -> auth.currentActor())
                        .flatMap(Actor::doctorId);
            }

            @Override
            public LiveBoardDisplay board() {
                return services.liveBoard().board();
            }

            @Override
            public void setAvailable(boolean available) {
                services.appointments().setAvailable(available);
            }

            @Override
            public Appointment callNext() {
                return services.appointments().callNext();
            }

            @Override
            public Appointment appointment(long appointmentId) {
                return services.appointments().get(appointmentId);
            }

            @Override
            public PatientSummary openSummary(long patientId) {
                return services.consultation().openSummary(patientId);
            }

            @Override
            public Optional<String> patientName(long patientId) {
                return services.patients()
                        .findById(patientId)
                        .map(patient -> patient.data().name().display());
            }

            @Override
            public MedicalNote saveDraft(NoteDraft draft) {
                return services.consultation().saveDraft(draft);
            }

            @Override
            public MedicalNote sign(String noteId) {
                return services.consultation().sign(noteId);
            }

            @Override
            public Appointment complete(long appointmentId) {
                return services.appointments().complete(appointmentId);
            }
        };
    }
}
