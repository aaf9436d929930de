package es.clinica.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlProbeTest {

    @Test
    void addressNamesHostPortAndDatabaseButNoParameters() {
        assertThat(SqlProbe.address("jdbc:postgresql://db.clinic:5433/clinica?password=secret"))
                .isEqualTo("db.clinic:5433/clinica");
    }

    @Test
    void addressListsEveryHostOfAFailoverUrl() {
        assertThat(SqlProbe.address("jdbc:postgresql://a:5432,b:5433/clinica"))
                .isEqualTo("a:5432,b:5433/clinica");
    }
}
