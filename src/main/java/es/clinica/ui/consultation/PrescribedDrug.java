package es.clinica.ui.consultation;

import es.clinica.domain.Allergy;
import es.clinica.domain.Prescription;
import java.util.List;

/**
 * A prescription of the note being written, with the recorded allergies its drug may touch (see
 * {@link AllergyWarnings} for how far that check goes).
 *
 * @param prescription what is prescribed
 * @param allergies matching allergies, most severe first; empty when none
 */
public record PrescribedDrug(Prescription prescription, List<Allergy> allergies) {

    public PrescribedDrug {
        allergies = List.copyOf(allergies);
    }

    /** Whether the screen shows a warning beside it. */
    public boolean warns() {
        return !allergies.isEmpty();
    }
}
