package es.clinica.domain;

import java.util.Optional;

/** Whom to call about the patient; {@code name} is required, the rest may be unknown. */
public record EmergencyContact(String name, Optional<String> relation, Optional<String> phone) {

    public EmergencyContact {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An emergency contact needs a name");
        }
        relation = Texts.orEmpty(relation);
        phone = Texts.orEmpty(phone);
    }
}
