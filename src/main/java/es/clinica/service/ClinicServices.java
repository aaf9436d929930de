package es.clinica.service;

/**
 * The services the screens and commands use, built once by the composition root. A new service is
 * added as a component here and wired in {@code es.clinica.app}.
 *
 * @param health probes of the three stores
 * @param auth logging in and out, sessions, staff accounts
 * @param audit the audit trail
 * @param consultation the doctor's summary and notes
 */
public record ClinicServices(
        HealthService health,
        AuthService auth,
        AuditService audit,
        ConsultationService consultation) {

    /** Only the probes, for a window shown before the stores open (and its tests). */
    public ClinicServices(HealthService health) {
        this(health, null, null, null);
    }
}
