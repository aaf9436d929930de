package es.clinica.store.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import es.clinica.store.StoreGuard;
import java.util.concurrent.TimeUnit;

/** The connection to MongoDB, with bounded timeouts so a missing server is told, not waited. */
public final class MongoStore implements AutoCloseable {

    private static final String DEFAULT_DATABASE = "clinica";

    private final MongoClient client;
    private final MongoDatabase database;

    private MongoStore(MongoClient client, MongoDatabase database) {
        this.client = client;
        this.database = database;
    }

    /** Connects lazily; the database is the one the URI names, or {@code clinica}. */
    public static MongoStore open(String uri) {
        ConnectionString connection = new ConnectionString(uri);
        MongoClientSettings settings =
                MongoClientSettings.builder()
                        .applyConnectionString(connection)
                        .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                        .applyToSocketSettings(
                                s ->
                                        s.connectTimeout(3, TimeUnit.SECONDS)
                                                .readTimeout(15, TimeUnit.SECONDS))
                        .build();
        MongoClient client = MongoClients.create(settings);
        String name =
                connection.getDatabase() == null ? DEFAULT_DATABASE : connection.getDatabase();
        return new MongoStore(client, client.getDatabase(name));
    }

    /** The clinic's database; callers must be off the JavaFX thread. */
    public MongoDatabase database() {
        StoreGuard.requireBackgroundThread();
        return database;
    }

    @Override
    public void close() {
        client.close();
    }
}
