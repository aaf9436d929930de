package es.clinica.store.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import es.clinica.service.StoreHealth;
import es.clinica.service.StoreKind;
import es.clinica.service.StoreState;
import es.clinica.service.port.StoreProbe;
import es.clinica.store.StoreGuard;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Probes MongoDB through a client of its own with short timeouts. */
public final class MongoProbe implements StoreProbe, AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(MongoProbe.class);
    private static final int TIMEOUT_SECONDS = 3;

    private final MongoClient client;
    private final StoreState upState;
    private final String address;

    /**
     * Creates the client; it connects on the first probe.
     *
     * @param embedded whether the workstation started this server itself
     */
    public MongoProbe(String uri, boolean embedded) {
        ConnectionString connection = new ConnectionString(uri);
        this.client =
                MongoClients.create(
                        MongoClientSettings.builder()
                                .applyConnectionString(connection)
                                .applyToClusterSettings(
                                        c ->
                                                c.serverSelectionTimeout(
                                                        TIMEOUT_SECONDS, TimeUnit.SECONDS))
                                .applyToSocketSettings(
                                        s ->
                                                s.connectTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                                                        .readTimeout(
                                                                TIMEOUT_SECONDS, TimeUnit.SECONDS))
                                .build());
        this.upState = embedded ? StoreState.EMBEDDED : StoreState.CONNECTED;
        this.address = address(connection);
    }

    @Override
    public StoreKind store() {
        return StoreKind.MONGODB;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public StoreHealth probe() {
        StoreGuard.requireBackgroundThread();
        MongoDatabase admin = client.getDatabase("admin");
        try {
            String version = admin.runCommand(new Document("buildInfo", 1)).get("version", "?");
            long start = System.nanoTime();
            admin.runCommand(new Document("ping", 1));
            Duration roundTrip = Duration.ofNanos(System.nanoTime() - start);
            return StoreHealth.answered(store(), upState, address, version, roundTrip);
        } catch (MongoException e) {
            LOGGER.debug("MongoDB at {} did not answer", address, e);
            return StoreHealth.unreachable(store(), address, e.getMessage());
        }
    }

    /** The hosts and database of a connection string; user and password left out. */
    static String address(ConnectionString connection) {
        String database = connection.getDatabase() == null ? "clinica" : connection.getDatabase();
        return String.join(",", connection.getHosts()) + "/" + database;
    }

    @Override
    public void close() {
        client.close();
    }
}
