package es.clinica.store.sql;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.AppointmentStatus;
import es.clinica.service.ConflictException;
import es.clinica.service.NotFoundException;
import es.clinica.service.port.AppointmentRepository;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** {@link AppointmentRepository} on PostgreSQL; overlaps are refused by exclusion constraints. */
public final class SqlAppointmentRepository implements AppointmentRepository {

    private static final String ON_DAY = " a.startsAt >= :from and a.startsAt < :to";

    private final SqlStore store;

    public SqlAppointmentRepository(SqlStore store) {
        this.store = store;
    }

    @Override
    public Appointment book(AppointmentRequest request, Instant bookedAt) {
        return store.inTransaction(
                session -> {
                    AppointmentEntity entity = AppointmentEntity.booked(request, bookedAt);
                    session.persist(entity);
                    session.flush();
                    return entity.toDomain();
                });
    }

    @Override
    public Optional<Appointment> findById(long appointmentId) {
        return store.inTransaction(
                session ->
                        Optional.ofNullable(session.find(AppointmentEntity.class, appointmentId))
                                .map(AppointmentEntity::toDomain));
    }

    @Override
    public Appointment changeStatus(long appointmentId, AppointmentStatus target, Instant at) {
        return store.inTransaction(
                session -> {
                    AppointmentEntity entity =
                            session.find(
                                    AppointmentEntity.class,
                                    appointmentId,
                                    LockModeType.PESSIMISTIC_WRITE);
                    if (entity == null) {
                        throw new NotFoundException("appointment.notFound", appointmentId);
                    }
                    if (!entity.status.canMoveTo(target)) {
                        throw new ConflictException(
                                "appointment.status.illegal",
                                "status",
                                null,
                                entity.status,
                                target);
                    }
                    entity.moveTo(target, at);
                    session.flush();
                    return entity.toDomain();
                });
    }

    @Override
    public List<Appointment> findByDoctorOnDay(long doctorId, LocalDate day, ZoneId zone) {
        return list(
                "from AppointmentEntity a where a.doctorId = :doctor and"
                        + ON_DAY
                        + " order by a.startsAt, a.id",
                doctorId,
                day,
                zone);
    }

    @Override
    public List<Appointment> findOnDay(LocalDate day, ZoneId zone) {
        return list(
                "from AppointmentEntity a where (:doctor = 0 or a.doctorId = :doctor) and"
                        + ON_DAY
                        + " order by a.startsAt, a.id",
                0L,
                day,
                zone);
    }

    private List<Appointment> list(String hql, long doctorId, LocalDate day, ZoneId zone) {
        return store.inTransaction(
                session ->
                        session
                                .createSelectionQuery(hql, AppointmentEntity.class)
                                .setParameter("doctor", doctorId)
                                .setParameter("from", day.atStartOfDay(zone).toInstant())
                                .setParameter("to", day.plusDays(1).atStartOfDay(zone).toInstant())
                                .getResultList()
                                .stream()
                                .map(AppointmentEntity::toDomain)
                                .toList());
    }

    @Override
    public List<Appointment> findByPatient(long patientId) {
        return store.inTransaction(
                session ->
                        session
                                .createSelectionQuery(
                                        "from AppointmentEntity where patientId = :patient"
                                                + " order by startsAt desc, id desc",
                                        AppointmentEntity.class)
                                .setParameter("patient", patientId)
                                .getResultList()
                                .stream()
                                .map(AppointmentEntity::toDomain)
                                .toList());
    }

    @Override
    public List<Appointment> findCheckedIn() {
        return withStatus(AppointmentStatus.CHECKED_IN, "checkedInAt");
    }

    @Override
    public List<Appointment> findInConsultation() {
        return withStatus(AppointmentStatus.IN_CONSULTATION, "consultationStartedAt");
    }

    private List<Appointment> withStatus(AppointmentStatus status, String orderBy) {
        return store.inTransaction(
                session ->
                        session
                                .createSelectionQuery(
                                        "from AppointmentEntity where status = :status order by "
                                                + orderBy
                                                + ", id",
                                        AppointmentEntity.class)
                                .setParameter("status", status)
                                .getResultList()
                                .stream()
                                .map(AppointmentEntity::toDomain)
                                .toList());
    }

    @Override
    public long countLiveOnDay(LocalDate day, ZoneId zone) {
        return store.inTransaction(
                session ->
                        session.createSelectionQuery(
                                        "select count(*) from AppointmentEntity a where"
                                                + ON_DAY
                                                + " and a.status not in (:dead)",
                                        Long.class)
                                .setParameter("from", day.atStartOfDay(zone).toInstant())
                                .setParameter("to", day.plusDays(1).atStartOfDay(zone).toInstant())
                                .setParameterList(
                                        "dead",
                                        List.of(
                                                AppointmentStatus.CANCELLED,
                                                AppointmentStatus.NO_SHOW))
                                .getSingleResult());
    }

    @Override
    public List<Appointment> insertAll(List<Appointment> appointments) {
        return store.inTransaction(
                session -> {
                    session.flush();
                    return session.doReturningWork(c -> AppointmentRows.insert(c, appointments));
                });
    }
}
