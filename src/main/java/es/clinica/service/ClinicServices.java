package es.clinica.service;

/**
 * The services the screens and commands use, built once by the composition root. A new service is
 * added as a component here and wired in {@code es.clinica.app}.
 *
 * @param health probes of the three stores
 * @param patients registering, editing, finding patients and reading profiles
 * @param patientImport FHIR import
 * @param seeder synthetic clinic for demos and benchmarks
 * @param outboxRelay carries profiles to MongoDB; its pending count is for the status bar
 * @param consistency findings for {@code check}
 */
public record ClinicServices(
        HealthService health,
        PatientService patients,
        PatientImportService patientImport,
        ClinicSeeder seeder,
        OutboxRelay outboxRelay,
        StoreConsistency consistency) {

    /** Only the probes, for screens tested without stores; the other services are absent. */
    public ClinicServices(HealthService health) {
        this(health, null, null, null, null, null);
    }
}
