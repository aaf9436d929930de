package es.clinica.store.sql;

import es.clinica.domain.Role;
import es.clinica.domain.StaffAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "staff_accounts")
class StaffAccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "staff_account_id")
    Long id;

    String username;

    @Column(name = "password_hash")
    String passwordHash;

    @Enumerated(EnumType.STRING)
    Role role;

    @Column(name = "doctor_id")
    Long doctorId;

    boolean active;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    void fill(StaffAccount account) {
        username = account.username();
        passwordHash = account.passwordHash();
        role = account.role();
        doctorId = account.doctorId().orElse(null);
        active = account.active();
    }

    StaffAccount toDomain() {
        return new StaffAccount(
                id, username, passwordHash, role, Optional.ofNullable(doctorId), active);
    }
}
