package es.clinica.domain;

/**
 * A doctor of the clinic.
 *
 * @param id PostgreSQL's id, 0 for one not yet stored
 * @param name as typed
 * @param specialty e.g. "Medicina familiar y comunitaria"
 * @param licenceNumber the medical council's membership number (número de colegiado), unique
 * @param active whether the doctor still takes appointments
 */
public record Doctor(
        long id, PersonName name, String specialty, String licenceNumber, boolean active) {

    public Doctor {
        if (specialty == null || specialty.isBlank()) {
            throw new RuleViolation("doctor.specialty.required", "specialty");
        }
        if (licenceNumber == null || !licenceNumber.strip().matches("[A-Za-z0-9/\\-]{3,30}")) {
            throw new RuleViolation("doctor.licence.invalid", "licenceNumber");
        }
        specialty = specialty.strip();
        licenceNumber = licenceNumber.strip();
    }

    /** A new doctor, not yet stored. */
    public static Doctor create(PersonName name, String specialty, String licenceNumber) {
        return new Doctor(0, name, specialty, licenceNumber, true);
    }
}
