package es.clinica.ui.billing;

import es.clinica.service.InvoiceDocument;

/**
 * An invoice in the list, with its texts in the user's language.
 *
 * @param document the invoice and what is printed with it
 */
public record InvoiceRow(
        InvoiceDocument document,
        String number,
        String date,
        String patient,
        String kind,
        String status,
        String total) {}
