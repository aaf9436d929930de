package es.clinica.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.Test;

class RedisProbeTest {

    @Test
    void addressNamesHostPortAndDatabaseButNoPassword() {
        assertThat(RedisProbe.address(RedisURI.create("redis://:secret@cache.clinic:6380/2")))
                .isEqualTo("cache.clinic:6380/2");
    }

    @Test
    void addressOfASentinelUriNamesTheSentinelsAndMaster() {
        RedisURI uri =
                RedisURI.create(
                        "redis-sentinel://:secret@s1:26379,s2:26380?sentinelMasterId=clinic");

        assertThat(RedisProbe.address(uri))
                .isEqualTo("s1:26379,s2:26380 (sentinel, master clinic)");
    }
}
