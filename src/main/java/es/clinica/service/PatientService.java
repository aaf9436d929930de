package es.clinica.service;

import es.clinica.domain.Patient;
import es.clinica.domain.PatientData;
import es.clinica.domain.SearchText;
import es.clinica.service.port.DomainRules;
import es.clinica.service.port.PatientRepository;
import es.clinica.service.port.ProfileRepository;
import es.clinica.service.port.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers, edits, finds and reads patients. Core data goes to PostgreSQL; the extended profile
 * goes to MongoDB through the outbox, written in the same transaction as the patient, so a refusal
 * writes nothing anywhere and MongoDB being down only delays the profile.
 */
public final class PatientService {

    private static final int SIMILAR_LIMIT = 50;

    private final AccessControl access;
    private final Transactions transactions;
    private final PatientRepository patients;
    private final ProfileRepository profiles;
    private final ProfileOutbox profileOutbox;
    private final OutboxRelay relay;
    private final Clock clock;

    public PatientService(
            AccessControl access,
            Transactions transactions,
            PatientRepository patients,
            ProfileRepository profiles,
            ProfileOutbox profileOutbox,
            OutboxRelay relay,
            Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.patients = patients;
        this.profiles = profiles;
        this.profileOutbox = profileOutbox;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Registers a patient with its profile.
     *
     * @return the patient and the similar patients already registered (a warning, not a refusal)
     * @throws InvalidInputException a domain rule's key naming the field (e.g. {@code
     *     patient.dateOfBirth.future}); nothing is written
     * @throws ConflictException {@code patient.nationalId.duplicate} (field {@code nationalId});
     *     nothing is written
     */
    public Registration register(PatientData data, ProfileData profile) {
        access.require(Permission.PATIENT_WRITE);
        PatientData valid = DomainRules.valid(() -> data.validate(clock));
        ProfileData content = profile.validate(clock);
        List<Patient> similar = similarTo(valid);
        Patient patient =
                transactions.inTransaction(
                        () -> {
                            Patient created = patients.create(valid);
                            profileOutbox.append(created.id(), content, clock.instant());
                            return created;
                        });
        relay.nudge();
        return new Registration(patient, similar);
    }

    /**
     * Replaces a patient's core data and profile together.
     *
     * @throws NotFoundException {@code patient.notFound}
     * @throws InvalidInputException as {@link #register}
     * @throws ConflictException as {@link #register}
     */
    public Patient update(long patientId, PatientData data, ProfileData profile) {
        access.require(Permission.PATIENT_WRITE);
        PatientData valid = DomainRules.valid(() -> data.validate(clock));
        ProfileData content = profile.validate(clock);
        Patient patient =
                transactions.inTransaction(
                        () -> {
                            Patient updated = patients.update(patientId, valid);
                            profileOutbox.append(patientId, content, clock.instant());
                            return updated;
                        });
        relay.nudge();
        return patient;
    }

    /** Replaces a patient's core data only; the profile stays as it is. */
    public Patient updateCore(long patientId, PatientData data) {
        access.require(Permission.PATIENT_WRITE);
        PatientData valid = DomainRules.valid(() -> data.validate(clock));
        return patients.update(patientId, valid);
    }

    /**
     * Replaces a patient's profile only.
     *
     * @throws NotFoundException {@code patient.notFound}
     */
    public void updateProfile(long patientId, ProfileData profile) {
        access.require(Permission.PATIENT_WRITE);
        ProfileData content = profile.validate(clock);
        transactions.run(
                () -> {
                    Patient patient = requirePatient(patientId);
                    // Rewriting the row takes its lock, so two edits of one profile queue in order.
                    patients.update(patientId, patient.data());
                    profileOutbox.append(patientId, content, clock.instant());
                });
        relay.nudge();
    }

    /** The patient with this id, if any. */
    public Optional<Patient> findById(long patientId) {
        access.require(Permission.PATIENT_READ);
        return patients.findById(patientId);
    }

    /**
     * Patients matching what was typed (see {@link PatientRepository#search}).
     *
     * @param limit at most this many, 1 to 500
     */
    public List<Patient> search(String query, int limit) {
        access.require(Permission.PATIENT_READ);
        return patients.search(query, Math.max(1, Math.min(limit, 500)));
    }

    /**
     * Registered patients that may be the person being typed: same birth date and a similar name
     * (same folded first given name and one surname in common). For a warning, never a refusal.
     */
    public List<Patient> findSimilar(PatientData data) {
        access.require(Permission.PATIENT_READ);
        return similarTo(data);
    }

    /**
     * The patient's profile: the latest change still queued in the outbox (flagged pending), else
     * MongoDB's document.
     *
     * @return empty when the patient has no profile
     * @throws UnavailableException {@code store.mongo.unavailable} when nothing is queued and
     *     MongoDB cannot be reached
     */
    public Optional<ProfileReading> profileOf(long patientId) {
        access.require(Permission.ALLERGY_READ);
        Optional<ProfileReading> pending =
                profileOutbox.pending(patientId).map(p -> new ProfileReading(p, true));
        if (pending.isPresent()) {
            return pending;
        }
        return profiles.findByPatientId(patientId).map(p -> new ProfileReading(p, false));
    }

    private Patient requirePatient(long patientId) {
        return patients.findById(patientId)
                .orElseThrow(() -> new NotFoundException("patient.notFound"));
    }

    private List<Patient> similarTo(PatientData data) {
        String given = firstWord(data.name().givenNames());
        Map<Long, Patient> found = new LinkedHashMap<>();
        List<String> surnames = new ArrayList<>();
        surnames.add(data.name().firstSurname());
        data.name().secondSurname().ifPresent(surnames::add);
        for (String surname : surnames) {
            for (Patient candidate : patients.search(given + " " + surname, SIMILAR_LIMIT)) {
                if (candidate.data().dateOfBirth().equals(data.dateOfBirth())) {
                    found.putIfAbsent(candidate.id(), candidate);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static String firstWord(String text) {
        String folded = SearchText.fold(text);
        int space = folded.indexOf(' ');
        return space < 0 ? folded : folded.substring(0, space);
    }
}
