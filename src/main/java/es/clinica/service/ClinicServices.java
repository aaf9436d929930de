package es.clinica.service;

/**
 * The services the screens and commands use, built once by the composition root. A new service is
 * added as a component here and wired in {@code es.clinica.app}.
 *
 * @param health probes of the three stores
 * @param appointments slots, booking, check-in, queue and consultation flow
 * @param billing invoices and credit notes
 * @param catalog the service catalog
 * @param liveBoard the live panel and the waiting-room screen
 * @param liveState rebuild of Redis's derived state and its consistency findings
 */
public record ClinicServices(
        HealthService health,
        AppointmentService appointments,
        BillingService billing,
        CatalogService catalog,
        LiveBoardService liveBoard,
        LiveStateRebuilder liveState) {}
