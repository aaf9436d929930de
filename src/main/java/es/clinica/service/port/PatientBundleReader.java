package es.clinica.service.port;

import es.clinica.domain.BundleReadResult;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads the patients of a file exchanged with other health software (an HL7 FHIR R4 Bundle in JSON:
 * transaction, batch or collection), with the allergies and conditions linked to them. It only
 * reads: it writes to no store.
 *
 * <p>A resource that cannot be read, lacks what Clinica needs, or refers to a patient missing from
 * the file is left out and reported in {@link BundleReadResult#issues()} with its place in the
 * file; the rest of the file is read. Resources of other types are counted by type. Implementations
 * are safe to share between threads.
 */
public interface PatientBundleReader {

    /**
     * Reads one file.
     *
     * @throws es.clinica.service.InvalidInputException {@code import.file.notFhir} (file name) when
     *     the file is not a FHIR Bundle in JSON at all, {@code import.file.unreadable} (file name)
     *     when it cannot be read from disk; nothing is returned then
     */
    BundleReadResult read(Path file);

    /**
     * Reads one file's content from a stream, which the caller closes.
     *
     * @param fileName the name to show the user in the result and in errors
     * @throws es.clinica.service.InvalidInputException as {@link #read(Path)}
     */
    BundleReadResult read(InputStream in, String fileName);
}
