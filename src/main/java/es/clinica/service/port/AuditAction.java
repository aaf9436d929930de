package es.clinica.service.port;

/** What an audit trail row records. Stored by name: never rename a constant. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_LOCKED,
    LOGOUT,
    ACCESS_DENIED,
    CLINICAL_OPENED,
    NOTE_SIGNED,
    NOTE_AMENDED,
    INVOICE_ISSUED,
    INVOICE_VOIDED,
    ACCOUNT_CREATED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_UNLOCKED,
    PASSWORD_RESET
}
