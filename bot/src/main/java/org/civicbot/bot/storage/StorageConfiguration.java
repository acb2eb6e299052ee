package org.civicbot.bot.storage;

import java.net.URI;

import com.zaxxer.hikari.HikariDataSource;
import org.civicbot.bot.config.CivicbotProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.JedisPooled;

/**
 * Connects to the configured PostgreSQL and Redis, or, where none is configured, to embedded servers started
 * here, so the product runs with no configuration at all.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${civicbot.database.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgres(CivicbotProperties properties) {
        CivicbotProperties.Embedded embedded = properties.embedded();
        return EmbeddedPostgresServer.startOrReuse(embedded.dataDir().resolve("postgres"), embedded.postgresPort());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${civicbot.redis.url:}'.isBlank()")
    EmbeddedRedisServer embeddedRedis(CivicbotProperties properties) {
        return EmbeddedRedisServer.startOrReuse(properties.embedded().redisPort());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(CivicbotProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        CivicbotProperties.Database database = properties.database();
        if (database.external()) {
            dataSource.setJdbcUrl(database.url());
            dataSource.setUsername(database.username().isBlank() ? null : database.username());
            dataSource.setPassword(database.password().isBlank() ? null : database.password());
        } else {
            EmbeddedPostgresServer server = embedded.getObject();
            dataSource.setJdbcUrl(server.jdbcUrl());
            dataSource.setUsername(server.username());
        }
        dataSource.setPoolName("civicbot");
        int size = database.maxPoolSize() > 0 ? database.maxPoolSize()
                : Math.max(10, properties.pipeline().workers() * 2 + 6);
        dataSource.setMaximumPoolSize(size);
        dataSource.setMinimumIdle(Math.min(2, size));
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    JedisPooled jedis(CivicbotProperties properties, ObjectProvider<EmbeddedRedisServer> embedded) {
        String url = properties.redis().external() ? properties.redis().url() : embedded.getObject().url();
        return new JedisPooled(URI.create(url));
    }
}
