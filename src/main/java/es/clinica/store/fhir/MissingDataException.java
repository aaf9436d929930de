package es.clinica.store.fhir;

/**
 * A resource read fine but lacks what Clinica needs of it; the reader reports it as an import issue
 * and goes on with the next resource, so this never leaves the package.
 */
final class MissingDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MissingDataException(String reason) {
        super(reason);
    }
}
