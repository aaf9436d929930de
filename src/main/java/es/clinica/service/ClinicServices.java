package es.clinica.service;

/**
 * The services the screens and commands use, built once by the composition root. A new service is
 * added as a component here and wired in {@code es.clinica.app}.
 *
 * @param health probes of the three stores
 * @param auth logging in and out, sessions, staff accounts
 * @param audit the audit trail
 * @param consultation the doctor's summary and notes
 * @param patients registering, editing, finding patients and reading profiles
 * @param patientImport FHIR import
 * @param seeder synthetic clinic for demos and benchmarks
 * @param outboxRelay carries profiles to MongoDB; its pending count is for the status bar
 * @param consistency findings for {@code check} about patients and the outbox
 * @param appointments slots, booking, check-in, queue and consultation flow
 * @param billing invoices and credit notes
 * @param catalog the service catalog
 * @param liveBoard the live panel and the waiting-room screen
 * @param liveState rebuild of Redis's derived state and its consistency findings
 * @param invoiceDocuments invoices as printable documents and their PDF export
 */
public record ClinicServices(
        HealthService health,
        AuthService auth,
        AuditService audit,
        ConsultationService consultation,
        PatientService patients,
        PatientImportService patientImport,
        ClinicSeeder seeder,
        OutboxRelay outboxRelay,
        StoreConsistency consistency,
        AppointmentService appointments,
        BillingService billing,
        CatalogService catalog,
        LiveBoardService liveBoard,
        LiveStateRebuilder liveState,
        InvoiceDocumentService invoiceDocuments) {

    /**
     * Only the probes, for a window shown before the stores open and for screen tests that need no
     * other service; every other component is {@code null}.
     */
    public ClinicServices(HealthService health) {
        this(
                health, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
