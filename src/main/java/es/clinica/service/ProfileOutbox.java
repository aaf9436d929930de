package es.clinica.service;

import es.clinica.domain.OutboxEntry;
import es.clinica.domain.PatientProfile;
import es.clinica.service.port.OutboxRepository;
import es.clinica.service.port.ProfileCodec;
import es.clinica.service.port.ProfileRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * How a profile travels through the outbox: the payload is the whole profile document, and its
 * version is the outbox entry's id. Entry ids grow with every write, and the writers take the
 * patient's row first, so a later edit always carries a higher version and a late retry of an older
 * one is ignored by {@link ProfileRepository#save}.
 */
public final class ProfileOutbox {

    /** The outbox aggregate type of profiles. */
    public static final String TYPE = "patient_profile";

    private static final String UPSERT = "upsert";

    private final OutboxRepository outbox;
    private final ProfileCodec codec;

    public ProfileOutbox(OutboxRepository outbox, ProfileCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    /** Queues the profile in the caller's transaction. */
    public void append(long patientId, ProfileData content, Instant at) {
        String payload = codec.toJson(content.toProfile(patientId, 0, at));
        outbox.append(TYPE, Long.toString(patientId), UPSERT, payload);
    }

    /** The newest profile still waiting in the outbox for this patient, if any. */
    public Optional<PatientProfile> pending(long patientId) {
        return outbox.findLatestPending(TYPE, Long.toString(patientId)).map(this::decode);
    }

    /** The profile an entry carries, at the entry's version. */
    public PatientProfile decode(OutboxEntry entry) {
        PatientProfile profile = codec.fromJson(entry.payload());
        return ProfileData.of(profile)
                .toProfile(profile.patientId(), entry.id(), profile.updatedAt());
    }

    /** The relay's handler: an idempotent upsert by patient id. */
    public OutboxRelay.Handler handler(ProfileRepository profiles) {
        return entry -> profiles.save(decode(entry));
    }
}
