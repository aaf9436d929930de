package es.clinica.store.sql;

import es.clinica.domain.Appointment;
import es.clinica.domain.AppointmentRequest;
import es.clinica.domain.AppointmentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "appointments")
class AppointmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "appointment_id")
    Long id;

    @Column(name = "patient_id")
    long patientId;

    @Column(name = "doctor_id")
    long doctorId;

    @Column(name = "starts_at")
    Instant startsAt;

    @Column(name = "duration_minutes")
    int durationMinutes;

    @Column(name = "ends_at")
    Instant endsAt;

    String reason;

    @Enumerated(EnumType.STRING)
    AppointmentStatus status;

    @Column(name = "booked_at")
    Instant bookedAt;

    @Column(name = "checked_in_at")
    Instant checkedInAt;

    @Column(name = "consultation_started_at")
    Instant consultationStartedAt;

    @Column(name = "completed_at")
    Instant completedAt;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    @Column(name = "no_show_at")
    Instant noShowAt;

    @Version long version;

    static AppointmentEntity booked(AppointmentRequest request, Instant at) {
        AppointmentEntity entity = new AppointmentEntity();
        entity.patientId = request.patientId();
        entity.doctorId = request.doctorId();
        entity.startsAt = request.startsAt();
        entity.durationMinutes = request.durationMinutes();
        entity.endsAt = request.endsAt();
        entity.reason = request.reason();
        entity.status = AppointmentStatus.BOOKED;
        entity.bookedAt = at;
        return entity;
    }

    /** Sets the status and the time of that change; the caller checked the move is allowed. */
    void moveTo(AppointmentStatus target, Instant at) {
        status = target;
        switch (target) {
            case CHECKED_IN:
                checkedInAt = at;
                break;
            case IN_CONSULTATION:
                consultationStartedAt = at;
                break;
            case COMPLETED:
                completedAt = at;
                break;
            case CANCELLED:
                cancelledAt = at;
                break;
            case NO_SHOW:
                noShowAt = at;
                break;
            default:
                bookedAt = at;
        }
    }

    Appointment toDomain() {
        return new Appointment(
                id,
                patientId,
                doctorId,
                startsAt,
                durationMinutes,
                reason,
                status,
                bookedAt,
                Optional.ofNullable(checkedInAt),
                Optional.ofNullable(consultationStartedAt),
                Optional.ofNullable(completedAt),
                Optional.ofNullable(cancelledAt),
                Optional.ofNullable(noShowAt));
    }
}
