package es.clinica.domain;

/** What a staff member's job lets them do (the permissions live in the service layer). */
public enum Role {
    RECEPTION,
    DOCTOR,
    BILLING,
    ADMIN
}
