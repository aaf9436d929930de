package es.clinica.store.sql;

import es.clinica.domain.OutboxEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "outbox")
class OutboxEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "outbox_id")
    Long id;

    @Column(name = "aggregate_type")
    String aggregateType;

    @Column(name = "aggregate_id")
    String aggregateId;

    String kind;

    // Kept as text in Java (no JSON library needed); PostgreSQL checks and stores it as jsonb.
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String payload;

    @Column(name = "created_at")
    Instant createdAt;

    int attempts;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    @Column(name = "processed_at")
    Instant processedAt;

    OutboxEntry toDomain() {
        return new OutboxEntry(
                id,
                aggregateType,
                aggregateId,
                kind,
                payload,
                createdAt,
                attempts,
                Optional.ofNullable(lastError),
                nextAttemptAt,
                Optional.ofNullable(processedAt));
    }
}
