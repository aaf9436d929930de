package es.clinica.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import org.junit.jupiter.api.Test;

class MongoProbeTest {

    @Test
    void addressNamesHostsAndDatabaseButNoCredentials() {
        ConnectionString uri =
                new ConnectionString(
                        "mongodb://clinic:secret@m1:27017,m2:27018/notas?replicaSet=rs0");

        assertThat(MongoProbe.address(uri)).isEqualTo("m1:27017,m2:27018/notas");
    }

    @Test
    void addressDefaultsToTheClinicaDatabase() {
        assertThat(MongoProbe.address(new ConnectionString("mongodb://m1:27017")))
                .isEqualTo("m1:27017/clinica");
    }
}
