package es.clinica.store.redis;

import es.clinica.domain.ClinicDay;
import es.clinica.domain.DoctorActivity;
import es.clinica.domain.LiveBoard;
import es.clinica.domain.LiveState;
import es.clinica.domain.QueueEntry;
import es.clinica.domain.RankingEntry;
import es.clinica.service.port.LiveStateRepository;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code citas_hoy}, {@code medicos_disponibles}, {@code actividad_medico:<doctorId>}, {@code
 * ranking_servicios}, the live board and the rebuild. Ranking scores are Redis doubles; they are
 * read back rounded to three decimals, which is exact for the quantities an invoice line holds.
 */
public final class RedisLiveStateRepository implements LiveStateRepository {

    /** How long a doctor's last activity is kept: a working day. */
    public static final Duration DEFAULT_ACTIVITY_TTL = Duration.ofHours(8);

    private static final Logger LOGGER = LoggerFactory.getLogger(RedisLiveStateRepository.class);
    private static final int QUANTITY_SCALE = 3;
    private static final int REBUILD_ATTEMPTS = 3;
    private static final String ACTION = "accion";
    private static final String PATIENT = "paciente_id";
    private static final String WHEN = "cuando";

    private final RedisStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration activityTtl;

    /**
     * @param clock the workstation's clock (tests fix it)
     * @param zone the clinic's zone, whose midnight resets {@code citas_hoy}
     * @param activityTtl how long a doctor's last activity is kept; at least one second
     */
    public RedisLiveStateRepository(
            RedisStore store, Clock clock, ZoneId zone, Duration activityTtl) {
        if (activityTtl.getSeconds() < 1) {
            throw new IllegalArgumentException("An activity lives at least one second");
        }
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.activityTtl = activityTtl;
    }

    @Override
    public long incrementTodaysAppointments() {
        return addToToday(1);
    }

    @Override
    public long decrementTodaysAppointments() {
        return addToToday(-1);
    }

    private long addToToday(long delta) {
        Long count =
                RedisCalls.call(
                        "change today's count",
                        () ->
                                store.commands()
                                        .eval(
                                                Scripts.ADD_UNTIL,
                                                ScriptOutputType.INTEGER,
                                                new String[] {key(RedisKeys.TODAYS_APPOINTMENTS)},
                                                Long.toString(delta),
                                                Long.toString(nextMidnight().getEpochSecond())));
        return count;
    }

    @Override
    public OptionalLong todaysAppointments() {
        String count =
                RedisCalls.call(
                        "read today's count",
                        () -> store.commands().get(key(RedisKeys.TODAYS_APPOINTMENTS)));
        return count == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(count));
    }

    @Override
    public void setTodaysAppointments(long count) {
        RedisCalls.run(
                "set today's count",
                () ->
                        store.commands()
                                .set(
                                        key(RedisKeys.TODAYS_APPOINTMENTS),
                                        Long.toString(count),
                                        untilMidnight()));
    }

    @Override
    public void addAvailableDoctor(long doctorId) {
        RedisCalls.run(
                "mark a doctor available",
                () -> store.commands().sadd(key(RedisKeys.AVAILABLE_DOCTORS), id(doctorId)));
    }

    @Override
    public void removeAvailableDoctor(long doctorId) {
        RedisCalls.run(
                "mark a doctor unavailable",
                () -> store.commands().srem(key(RedisKeys.AVAILABLE_DOCTORS), id(doctorId)));
    }

    @Override
    public List<Long> availableDoctors() {
        return ids(
                RedisCalls.call(
                        "read available doctors",
                        () -> store.commands().smembers(key(RedisKeys.AVAILABLE_DOCTORS))));
    }

    @Override
    public boolean isAvailable(long doctorId) {
        return RedisCalls.call(
                "check a doctor's availability",
                () -> store.commands().sismember(key(RedisKeys.AVAILABLE_DOCTORS), id(doctorId)));
    }

    @Override
    public void recordActivity(DoctorActivity activity) {
        List<String> args = new ArrayList<>(List.of(Long.toString(activityTtl.getSeconds())));
        args.addAll(List.of(ACTION, activity.action(), WHEN, activity.at().toString()));
        activity.patientId().ifPresent(p -> args.addAll(List.of(PATIENT, Long.toString(p))));
        RedisCalls.run(
                "record a doctor's activity",
                () ->
                        store.commands()
                                .eval(
                                        Scripts.HASH_WITH_TTL,
                                        ScriptOutputType.BOOLEAN,
                                        new String[] {activityKey(activity.doctorId())},
                                        args.toArray(String[]::new)));
    }

    @Override
    public Optional<DoctorActivity> lastActivity(long doctorId) {
        Map<String, String> fields =
                RedisCalls.call(
                        "read a doctor's activity",
                        () -> store.commands().hgetall(activityKey(doctorId)));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        String patient = fields.get(PATIENT);
        return Optional.of(
                new DoctorActivity(
                        doctorId,
                        fields.get(ACTION),
                        patient == null
                                ? OptionalLong.empty()
                                : OptionalLong.of(Long.parseLong(patient)),
                        Instant.parse(fields.get(WHEN))));
    }

    @Override
    public BigDecimal addToRanking(String serviceCode, BigDecimal quantity) {
        String score =
                RedisCalls.call(
                        "move the ranking",
                        () ->
                                store.commands()
                                        .eval(
                                                Scripts.RANK,
                                                ScriptOutputType.VALUE,
                                                new String[] {key(RedisKeys.RANKING)},
                                                quantity.toPlainString(),
                                                serviceCode));
        return quantity(new BigDecimal(score));
    }

    @Override
    public List<RankingEntry> topServices(int limit) {
        requirePositive(limit);
        return RedisCalls.call(
                        "read the ranking",
                        () ->
                                store.commands()
                                        .zrevrangeWithScores(key(RedisKeys.RANKING), 0, limit - 1))
                .stream()
                .map(
                        s ->
                                new RankingEntry(
                                        s.getValue(), quantity(BigDecimal.valueOf(s.getScore()))))
                .toList();
    }

    @Override
    public LiveBoard board(int rankingLimit) {
        requirePositive(rankingLimit);
        List<Object> reply =
                RedisCalls.call(
                        "read the live board",
                        () ->
                                store.commands()
                                        .eval(
                                                Scripts.BOARD,
                                                ScriptOutputType.MULTI,
                                                new String[] {
                                                    key(RedisKeys.QUEUE),
                                                    key(RedisKeys.AVAILABLE_DOCTORS),
                                                    key(RedisKeys.RANKING),
                                                    key(RedisKeys.TODAYS_APPOINTMENTS),
                                                    key(RedisKeys.IN_CONSULTATION_DOCTORS)
                                                },
                                                key(RedisKeys.IN_CONSULTATION),
                                                Integer.toString(rankingLimit)));
        return BoardReply.read(reply, clock.instant());
    }

    @Override
    public void rebuild(LiveState state) {
        RedisCalls.run(
                "rebuild the live state",
                () -> {
                    int attempt = 1;
                    while (!replaceAll(state)) {
                        if (++attempt > REBUILD_ATTEMPTS) {
                            throw new IllegalStateException(
                                    "In-consultation lists kept changing during the rebuild");
                        }
                        LOGGER.warn("A doctor called a patient during the rebuild; retrying");
                    }
                });
    }

    /** Returns false when a doctor called a patient meanwhile and nothing was written. */
    private boolean replaceAll(LiveState state) {
        try (StatefulRedisConnection<String, String> connection = store.openDedicatedConnection()) {
            RedisCommands<String, String> redis = connection.sync();
            String index = key(RedisKeys.IN_CONSULTATION_DOCTORS);
            redis.watch(index);
            Set<String> oldDoctors = redis.smembers(index);
            redis.multi();
            deleteDerived(redis, oldDoctors);
            writeDerived(redis, state);
            TransactionResult result = redis.exec();
            return !result.wasDiscarded();
        }
    }

    private void deleteDerived(RedisCommands<String, String> redis, Set<String> oldDoctors) {
        List<String> keys = new ArrayList<>();
        keys.add(key(RedisKeys.TODAYS_APPOINTMENTS));
        keys.add(key(RedisKeys.QUEUE));
        keys.add(key(RedisKeys.RANKING));
        keys.add(key(RedisKeys.IN_CONSULTATION_DOCTORS));
        oldDoctors.forEach(d -> keys.add(key(RedisKeys.IN_CONSULTATION + d)));
        redis.del(keys.toArray(String[]::new));
    }

    private void writeDerived(RedisCommands<String, String> redis, LiveState state) {
        redis.set(
                key(RedisKeys.TODAYS_APPOINTMENTS),
                Long.toString(state.todaysAppointments()),
                untilMidnight());
        if (!state.queue().isEmpty()) {
            redis.rpush(key(RedisKeys.QUEUE), encoded(state.queue()));
        }
        state.inConsultation()
                .forEach(
                        (doctor, entries) -> {
                            if (!entries.isEmpty()) {
                                redis.del(consultationKey(doctor));
                                redis.rpush(consultationKey(doctor), encoded(entries));
                                redis.sadd(key(RedisKeys.IN_CONSULTATION_DOCTORS), id(doctor));
                            }
                        });
        List<ScoredValue<String>> ranking =
                state.ranking().stream()
                        .filter(r -> r.quantity().signum() > 0)
                        .map(r -> ScoredValue.just(r.quantity().doubleValue(), r.serviceCode()))
                        .toList();
        if (!ranking.isEmpty()) {
            redis.zadd(key(RedisKeys.RANKING), ranking.toArray(ScoredValue[]::new));
        }
    }

    @Override
    public long failuresSeen() {
        return RedisCalls.failures();
    }

    @Override
    public Optional<String> claimRebuild(Duration lease) {
        String token = UUID.randomUUID().toString();
        String reply =
                RedisCalls.call(
                        "claim the rebuild",
                        () ->
                                store.commands()
                                        .set(
                                                key(RedisKeys.REBUILD_LEASE),
                                                token,
                                                SetArgs.Builder.nx().px(lease.toMillis())));
        return "OK".equals(reply) ? Optional.of(token) : Optional.empty();
    }

    @Override
    public void releaseRebuild(String token) {
        RedisCalls.run(
                "release the rebuild",
                () ->
                        store.commands()
                                .eval(
                                        Scripts.RELEASE_LEASE,
                                        ScriptOutputType.INTEGER,
                                        new String[] {key(RedisKeys.REBUILD_LEASE)},
                                        token));
    }

    private SetArgs untilMidnight() {
        return SetArgs.Builder.exAt(nextMidnight());
    }

    private Instant nextMidnight() {
        return ClinicDay.nextMidnight(clock.instant(), zone);
    }

    static BigDecimal quantity(BigDecimal score) {
        BigDecimal rounded =
                score.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static String[] encoded(List<QueueEntry> entries) {
        return entries.stream().map(QueueEntry::encode).toArray(String[]::new);
    }

    private static List<Long> ids(Set<String> members) {
        return members.stream().map(Long::parseLong).sorted().toList();
    }

    private static String id(long id) {
        return Long.toString(id);
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A ranking shows at least one service");
        }
    }

    private String key(String name) {
        return store.key(name);
    }

    private String activityKey(long doctorId) {
        return key(RedisKeys.ACTIVITY + doctorId);
    }

    private String consultationKey(long doctorId) {
        return key(RedisKeys.IN_CONSULTATION + doctorId);
    }

    /** Reads the board script's nested reply. */
    private static final class BoardReply {

        private BoardReply() {}

        @SuppressWarnings("unchecked")
        static LiveBoard read(List<Object> reply, Instant readAt) {
            List<String> queue = (List<String>) reply.get(0);
            List<String> doctors = (List<String>) reply.get(1);
            List<String> ranking = (List<String>) reply.get(2);
            String count = (String) reply.get(3);
            List<Object> consulting = (List<Object>) reply.get(4);
            return new LiveBoard(
                    QueueEntries.decodeAll(queue),
                    doctors.stream().map(Long::parseLong).sorted().toList(),
                    ranking(ranking),
                    count == null ? 0 : Long.parseLong(count),
                    consulting(consulting),
                    readAt);
        }

        private static List<RankingEntry> ranking(List<String> flat) {
            List<RankingEntry> entries = new ArrayList<>();
            for (int i = 0; i + 1 < flat.size(); i += 2) {
                entries.add(
                        new RankingEntry(flat.get(i), quantity(new BigDecimal(flat.get(i + 1)))));
            }
            return entries;
        }

        @SuppressWarnings("unchecked")
        private static Map<Long, List<QueueEntry>> consulting(List<Object> flat) {
            Map<Long, List<QueueEntry>> lists = new TreeMap<>();
            for (int i = 0; i + 1 < flat.size(); i += 2) {
                List<String> entries = (List<String>) flat.get(i + 1);
                lists.put(Long.parseLong((String) flat.get(i)), QueueEntries.decodeAll(entries));
            }
            return lists;
        }
    }
}
