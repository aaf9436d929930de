package es.clinica.service;

/**
 * The services the screens and commands use, built once by the composition root. A new service is
 * added as a component here and wired in {@code es.clinica.app}.
 *
 * @param health probes of the three stores
 */
public record ClinicServices(HealthService health) {}
