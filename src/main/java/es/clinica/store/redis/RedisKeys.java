package es.clinica.store.redis;

/**
 * The design's key names. Each is put behind the store's prefix with {@link RedisStore#key}.
 *
 * <ul>
 *   <li>{@code sesion:<token>} HASH {@code cuenta_id, usuario, rol, medico_id?, creada} (ISO
 *       instant), TTL = idle time
 *   <li>{@code sesiones_usuario:<accountId>} SET of the tokens of that account's sessions, TTL =
 *       the idle time, renewed with them (so deactivating an account or resetting its password ends
 *       them)
 *   <li>{@code intentos_login:<username>} STRING counter, TTL 15 min from the last failure
 *   <li>{@code citas_hoy} STRING counter, expires at the clinic's next midnight
 *   <li>{@code cola_atencion} LIST of {@code <appointmentId>|<checkedInEpochMillis>}, arrival order
 *   <li>{@code en_consulta:<doctorId>} LIST of the same entries, calling order
 *   <li>{@code en_consulta_medicos} SET of doctor ids that may have an {@code en_consulta} list (an
 *       index so the live board finds them without scanning keys)
 *   <li>{@code medicos_disponibles} SET of doctor ids
 *   <li>{@code actividad_medico:<doctorId>} HASH {@code accion, paciente_id?, cuando} (ISO
 *       instant), with a TTL
 *   <li>{@code ranking_servicios} ZSET service code -> net quantity invoiced
 *   <li>{@code reconstruccion_en_curso} STRING token of the workstation rebuilding the live state,
 *       with a short TTL (a lease, so a workstation that dies while rebuilding blocks nobody)
 * </ul>
 */
final class RedisKeys {

    static final String SESSION = "sesion:";
    static final String SESSIONS_OF_ACCOUNT = "sesiones_usuario:";
    static final String LOGIN_ATTEMPTS = "intentos_login:";
    static final String TODAYS_APPOINTMENTS = "citas_hoy";
    static final String QUEUE = "cola_atencion";
    static final String IN_CONSULTATION = "en_consulta:";
    static final String IN_CONSULTATION_DOCTORS = "en_consulta_medicos";
    static final String AVAILABLE_DOCTORS = "medicos_disponibles";
    static final String ACTIVITY = "actividad_medico:";
    static final String RANKING = "ranking_servicios";
    static final String REBUILD_LEASE = "reconstruccion_en_curso";

    private RedisKeys() {}
}
