package es.clinica.service;

import es.clinica.domain.InvoiceStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to list of the invoices; every part is optional.
 *
 * @param patientId only this patient's
 * @param status only in this status
 * @param from dated on or after this day (clinic zone)
 * @param to dated on or before this day (clinic zone)
 */
public record InvoiceFilter(
        Optional<Long> patientId,
        Optional<InvoiceStatus> status,
        Optional<LocalDate> from,
        Optional<LocalDate> to) {

    /** Everything. */
    public static final InvoiceFilter ALL =
            new InvoiceFilter(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public InvoiceFilter withPatient(long id) {
        return new InvoiceFilter(Optional.of(id), status, from, to);
    }

    public InvoiceFilter withStatus(InvoiceStatus value) {
        return new InvoiceFilter(patientId, Optional.of(value), from, to);
    }

    public InvoiceFilter between(LocalDate first, LocalDate last) {
        return new InvoiceFilter(patientId, status, Optional.of(first), Optional.of(last));
    }
}
