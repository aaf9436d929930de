package es.clinica.store.redis;

import es.clinica.domain.QueueEntry;
import es.clinica.service.port.WaitingQueueRepository;
import io.lettuce.core.ScriptOutputType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * {@code cola_atencion} and the {@code en_consulta:<doctorId>} lists. Entries are {@link
 * QueueEntry#encode()} texts; an appointment is found by its {@code <id>|} prefix, so removing it
 * needs no check-in time.
 */
public final class RedisWaitingQueueRepository implements WaitingQueueRepository {

    private final RedisStore store;

    public RedisWaitingQueueRepository(RedisStore store) {
        this.store = store;
    }

    @Override
    public void join(QueueEntry entry) {
        // Idempotent: a check-in pushed again after a live-state rebuild already wrote it.
        RedisCalls.run(
                "join the queue",
                () ->
                        store.commands()
                                .eval(
                                        Scripts.PUSH_ONCE,
                                        ScriptOutputType.INTEGER,
                                        new String[] {queueKey()},
                                        entry.encode()));
    }

    @Override
    public boolean remove(long appointmentId) {
        return removeByPrefix("leave the queue", queueKey(), appointmentId);
    }

    @Override
    public Optional<QueueEntry> callNext(long doctorId) {
        String entry =
                RedisCalls.call(
                        "call the next patient",
                        () ->
                                store.commands()
                                        .eval(
                                                Scripts.CALL_NEXT,
                                                ScriptOutputType.VALUE,
                                                new String[] {
                                                    queueKey(),
                                                    consultationKey(doctorId),
                                                    store.key(RedisKeys.IN_CONSULTATION_DOCTORS)
                                                },
                                                Long.toString(doctorId)));
        return Optional.ofNullable(entry).map(QueueEntry::decode);
    }

    @Override
    public boolean complete(long doctorId, long appointmentId) {
        return removeByPrefix("complete a consultation", consultationKey(doctorId), appointmentId);
    }

    @Override
    public List<QueueEntry> waiting() {
        return entries("read the queue", queueKey());
    }

    @Override
    public long malformedWaiting() {
        List<String> encoded =
                RedisCalls.call("read the queue", () -> store.commands().lrange(queueKey(), 0, -1));
        return encoded.size() - QueueEntries.decodeAll(encoded).size();
    }

    @Override
    public List<QueueEntry> inConsultation(long doctorId) {
        return entries("read a consultation list", consultationKey(doctorId));
    }

    @Override
    public Map<Long, List<QueueEntry>> allInConsultation() {
        Map<Long, List<QueueEntry>> lists = new TreeMap<>();
        for (String doctor :
                RedisCalls.call(
                        "read the consultation index",
                        () ->
                                store.commands()
                                        .smembers(store.key(RedisKeys.IN_CONSULTATION_DOCTORS)))) {
            List<QueueEntry> entries = inConsultation(Long.parseLong(doctor));
            if (!entries.isEmpty()) {
                lists.put(Long.parseLong(doctor), entries);
            }
        }
        return lists;
    }

    @Override
    public int requeue(long doctorId) {
        Long moved =
                RedisCalls.call(
                        "requeue a doctor's patients",
                        () ->
                                store.commands()
                                        .eval(
                                                Scripts.REQUEUE,
                                                ScriptOutputType.INTEGER,
                                                consultationKey(doctorId),
                                                queueKey()));
        return moved.intValue();
    }

    @Override
    public OptionalLong position(long appointmentId) {
        List<QueueEntry> waiting = waiting();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).appointmentId() == appointmentId) {
                return OptionalLong.of(i);
            }
        }
        return OptionalLong.empty();
    }

    private boolean removeByPrefix(String operation, String listKey, long appointmentId) {
        Long removed =
                RedisCalls.call(
                        operation,
                        () ->
                                store.commands()
                                        .eval(
                                                Scripts.REMOVE_BY_PREFIX,
                                                ScriptOutputType.INTEGER,
                                                new String[] {listKey},
                                                QueueEntry.prefixOf(appointmentId)));
        return removed > 0;
    }

    private List<QueueEntry> entries(String operation, String listKey) {
        return QueueEntries.decodeAll(
                RedisCalls.call(operation, () -> store.commands().lrange(listKey, 0, -1)));
    }

    private String queueKey() {
        return store.key(RedisKeys.QUEUE);
    }

    private String consultationKey(long doctorId) {
        return store.key(RedisKeys.IN_CONSULTATION + doctorId);
    }
}
