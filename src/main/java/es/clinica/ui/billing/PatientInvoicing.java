package es.clinica.ui.billing;

import es.clinica.domain.Patient;
import es.clinica.service.ClinicServices;
import es.clinica.service.InvoiceDocument;
import java.util.List;

/**
 * What invoicing a patient without an appointment asks of the services: find the patient, open a
 * draft for them. An interface so the view model's test can answer without stores.
 */
interface PatientInvoicing {

    /** Patients matching a name, national id or phone; at most {@code limit}. */
    List<Patient> find(String query, int limit);

    /** A new draft for the patient, ready to show. */
    InvoiceDocument openDraft(long patientId);

    static PatientInvoicing over(ClinicServices services) {
        return new PatientInvoicing() {
            @Override
            public List<Patient> find(String query, int limit) {
                return services.patients().search(query, limit);
            }

            @Override
            public InvoiceDocument openDraft(long patientId) {
                return services.invoiceDocuments()
                        .describe(services.billing().createForPatient(patientId));
            }
        };
    }
}
