package es.clinica.store.sql;

import es.clinica.domain.Doctor;
import es.clinica.service.NotFoundException;
import es.clinica.service.port.DoctorRepository;
import java.util.List;
import java.util.Optional;

/** {@link DoctorRepository} on PostgreSQL. */
public final class SqlDoctorRepository implements DoctorRepository {

    private final SqlStore store;

    public SqlDoctorRepository(SqlStore store) {
        this.store = store;
    }

    @Override
    public Doctor create(Doctor doctor) {
        return store.inTransaction(
                session -> {
                    DoctorEntity entity = new DoctorEntity();
                    entity.fill(doctor);
                    session.persist(entity);
                    session.flush();
                    return entity.toDomain();
                });
    }

    @Override
    public Doctor update(Doctor doctor) {
        return store.inTransaction(
                session -> {
                    DoctorEntity entity = session.find(DoctorEntity.class, doctor.id());
                    if (entity == null) {
                        throw new NotFoundException("doctor.notFound", doctor.id());
                    }
                    entity.fill(doctor);
                    session.flush();
                    return entity.toDomain();
                });
    }

    @Override
    public Optional<Doctor> findById(long doctorId) {
        return store.inTransaction(
                session ->
                        Optional.ofNullable(session.find(DoctorEntity.class, doctorId))
                                .map(DoctorEntity::toDomain));
    }

    @Override
    public Optional<Doctor> findByLicenceNumber(String licenceNumber) {
        return store.inTransaction(
                session ->
                        session.createSelectionQuery(
                                        "from DoctorEntity where licenceNumber = :licence",
                                        DoctorEntity.class)
                                .setParameter("licence", licenceNumber.strip())
                                .uniqueResultOptional()
                                .map(DoctorEntity::toDomain));
    }

    @Override
    public List<Doctor> findAll(boolean activeOnly) {
        return store.inTransaction(
                session ->
                        session
                                .createSelectionQuery(
                                        "from DoctorEntity where active or :all = true"
                                                + " order by firstSurname, secondSurname,"
                                                + " givenNames, id",
                                        DoctorEntity.class)
                                .setParameter("all", !activeOnly)
                                .getResultList()
                                .stream()
                                .map(DoctorEntity::toDomain)
                                .toList());
    }
}
