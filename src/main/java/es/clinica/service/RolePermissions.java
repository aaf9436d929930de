package es.clinica.service;

import es.clinica.domain.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of which role holds which {@link Permission}. Reception sees core data, contact
 * data and allergies but no clinical record; billing sees what an invoice needs; a doctor reads
 * clinical data and writes notes; an administrator manages accounts, the catalog and imports but
 * does not read clinical data.
 */
public final class RolePermissions {

    private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Role.class);

    static {
        TABLE.put(
                Role.RECEPTION,
                EnumSet.of(
                        Permission.PATIENT_READ,
                        Permission.PATIENT_WRITE,
                        Permission.ALLERGY_READ,
                        Permission.APPOINTMENT_READ,
                        Permission.APPOINTMENT_WRITE,
                        Permission.LIVE_READ));
        TABLE.put(
                Role.DOCTOR,
                EnumSet.of(
                        Permission.PATIENT_READ,
                        Permission.ALLERGY_READ,
                        Permission.CLINICAL_READ,
                        Permission.NOTE_WRITE,
                        Permission.APPOINTMENT_READ,
                        Permission.CONSULTATION_RUN,
                        Permission.LIVE_READ));
        TABLE.put(
                Role.BILLING,
                EnumSet.of(
                        Permission.PATIENT_READ,
                        Permission.INVOICE_READ,
                        Permission.INVOICE_WRITE,
                        Permission.APPOINTMENT_READ,
                        Permission.LIVE_READ));
        TABLE.put(
                Role.ADMIN,
                EnumSet.of(
                        Permission.ADMINISTRATION,
                        Permission.CATALOG_WRITE,
                        Permission.DATA_IMPORT,
                        Permission.PATIENT_READ,
                        Permission.LIVE_READ));
    }

    private RolePermissions() {}

    /** Whether {@code role} holds {@code permission}. */
    public static boolean allows(Role role, Permission permission) {
        return TABLE.getOrDefault(role, Set.of()).contains(permission);
    }

    /** The permissions of a role, for screens that hide what the role cannot use. */
    public static Set<Permission> of(Role role) {
        return Set.copyOf(TABLE.getOrDefault(role, Set.of()));
    }
}
