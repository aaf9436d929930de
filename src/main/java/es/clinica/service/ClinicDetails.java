package es.clinica.service;

import java.util.List;
import java.util.Objects;

/**
 * Who issues the invoices, as printed on their header.
 *
 * @param name the clinic's trading name
 * @param address one line per element, as printed
 * @param taxId the clinic's tax id (NIF/CIF)
 */
public record ClinicDetails(String name, List<String> address, String taxId) {

    /** The demo clinic's details, used until the clinic configures its own. */
    public static final ClinicDetails DEMO =
            new ClinicDetails(
                    "Clínica Demo", List.of("Calle Mayor 1, 2.º", "28013 Madrid"), "B00000000");

    public ClinicDetails {
        Objects.requireNonNull(name, "name");
        address = List.copyOf(address);
        Objects.requireNonNull(taxId, "taxId");
    }
}
