package es.clinica.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.domain.Role;
import es.clinica.domain.SessionInfo;
import org.junit.jupiter.api.Test;

class TestClinicIT {

    @Test
    void demoAccountsCanLogInOnAFreshWorkstation() {
        try (TestClinic clinic = TestClinic.start()) {
            SessionInfo session =
                    clinic.services().auth().login("medico", "medico-demo".toCharArray());

            assertThat(session.role()).isEqualTo(Role.DOCTOR.name());
            assertThat(clinic.services().auth().currentActor()).isPresent();
        }
    }
}
