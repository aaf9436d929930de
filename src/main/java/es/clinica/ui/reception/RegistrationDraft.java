package es.clinica.ui.reception;

import es.clinica.domain.AllergySeverity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A new patient's form as typed, not yet registered: what the workstation journals so that a crash
 * never costs the receptionist the form. Immutable, so it can be handed to the journal's thread.
 *
 * @param fields each text field of the form by its name in {@link PatientForm} (absent when empty)
 * @param allergies the allergies added to the list
 * @param conditions the conditions added to the history, as typed
 * @param journaledAt when this copy was taken, by the workstation's clock
 */
public record RegistrationDraft(
        Map<String, String> fields,
        List<TypedAllergy> allergies,
        List<String> conditions,
        Instant journaledAt) {

    public RegistrationDraft {
        fields = Map.copyOf(fields);
        allergies = List.copyOf(allergies);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(journaledAt, "journaledAt");
    }

    /** A field's value, when it was filled. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** An allergy as the form's small editor adds it. */
    public record TypedAllergy(
            String substance, Optional<String> reaction, AllergySeverity severity) {

        public TypedAllergy {
            Objects.requireNonNull(substance, "substance");
            Objects.requireNonNull(reaction, "reaction");
            Objects.requireNonNull(severity, "severity");
        }
    }
}
