package es.clinica.domain;

/**
 * A drug prescribed in a consultation note. Only the drug is required; the other texts are empty
 * when not given.
 */
public record Prescription(
        String drug, String dose, String frequency, String duration, String notes) {

    public Prescription {
        if (drug == null || drug.isBlank()) {
            throw new IllegalArgumentException("A prescription needs a drug");
        }
        dose = Texts.orBlank(dose);
        frequency = Texts.orBlank(frequency);
        duration = Texts.orBlank(duration);
        notes = Texts.orBlank(notes);
    }
}
