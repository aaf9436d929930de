package es.clinica.service;

import es.clinica.domain.Patient;
import java.util.List;

/**
 * A registered patient and the patients that may be the same person (same birth date and a similar
 * name), so the screen can warn; empty when none.
 */
public record Registration(Patient patient, List<Patient> similar) {

    public Registration {
        similar = List.copyOf(similar);
    }
}
