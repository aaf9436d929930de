package es.clinica.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import es.clinica.store.mongo.MongoStore;
import es.clinica.store.redis.RedisStore;
import es.clinica.store.sql.SqlStore;
import java.sql.Connection;
import java.sql.ResultSet;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class TestStoresIT {

    @Test
    void freshStoresAreSeparateAndReachable() throws Exception {
        try (SqlStore first = TestStores.get().freshPostgres();
                SqlStore second = TestStores.get().freshPostgres();
                Connection a = first.dataSource().getConnection();
                Connection b = second.dataSource().getConnection()) {
            assertThat(a.getCatalog()).isNotEqualTo(b.getCatalog());
            ResultSet result = a.createStatement().executeQuery("SELECT 1");
            assertThat(result.next()).isTrue();
        }
        try (MongoStore mongo = TestStores.get().freshMongo()) {
            mongo.database().getCollection("probe").insertOne(new Document("_id", 1));
            assertThat(mongo.database().getCollection("probe").countDocuments()).isEqualTo(1);
        }
        try (RedisStore redis = TestStores.get().freshRedis()) {
            redis.commands().set(redis.key("probe"), "1");
            assertThat(redis.commands().get(redis.key("probe"))).isEqualTo("1");
        }
    }

    @Test
    void withDatabaseKeepsServerAndQuery() {
        assertThat(TestStores.withDatabase("jdbc:postgresql://localhost:5/postgres?user=x", "t1"))
                .isEqualTo("jdbc:postgresql://localhost:5/t1?user=x");
        assertThat(TestStores.withDatabase("mongodb://127.0.0.1:9", "t2"))
                .isEqualTo("mongodb://127.0.0.1:9/t2");
    }
}
