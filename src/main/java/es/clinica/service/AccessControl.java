package es.clinica.service;

/**
 * The gate every user-facing service operation passes first: it checks that the current session is
 * alive (and renews it) and that its role holds the permission.
 */
public interface AccessControl {

    /**
     * @return who is acting, for rules such as "a doctor amends only their own notes" and for the
     *     audit trail
     * @throws ClinicaException a {@link NotFoundException}-family refusal with key {@code
     *     session.expired} when nobody is logged in or the session expired, or a refusal with key
     *     {@code access.denied} when the role lacks the permission; nothing is written
     */
    Actor require(Permission permission);
}
