package es.clinica.service.port;

import es.clinica.domain.Doctor;
import java.util.List;
import java.util.Optional;

/** The clinic's doctors in PostgreSQL; joins the caller's transaction when there is one. */
public interface DoctorRepository {

    /**
     * @return the stored doctor with its id
     * @throws es.clinica.service.ConflictException {@code doctor.licence.duplicate} (field {@code
     *     licenceNumber})
     */
    Doctor create(Doctor doctor);

    /**
     * Replaces name, specialty, licence number and active flag of {@code doctor.id()}.
     *
     * @throws es.clinica.service.NotFoundException {@code doctor.notFound}
     */
    Doctor update(Doctor doctor);

    Optional<Doctor> findById(long doctorId);

    Optional<Doctor> findByLicenceNumber(String licenceNumber);

    /** All doctors, or only active ones, ordered by surname. */
    List<Doctor> findAll(boolean activeOnly);
}
