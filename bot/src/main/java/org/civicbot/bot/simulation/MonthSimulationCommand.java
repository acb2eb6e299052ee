package org.civicbot.bot.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.civicbot.bot.config.CivicbotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.JedisPooled;

/**
 * {@code java -jar civicbot.jar --spring.profiles.active=month-simulation}: runs the month, prints the report and
 * exits with 0 when every message is accounted for, 1 when one is not, 2 when the simulation could not run. The
 * queue entries the ingest wrote (nobody reads them: the simulation decides each message itself) and the
 * embedded database the profile created for the run are removed afterwards.
 */
class MonthSimulationCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MonthSimulationCommand.class);
    /** The profile's throw-away data directory; any other is someone's data and is left alone. */
    private static final String OWN_DATA_DIR = "civicbot-month-simulation-";

    private final MonthSimulation simulation;
    private final SimulationSettings settings;
    private final CivicbotProperties properties;
    private final JedisPooled redis;
    private final ConfigurableApplicationContext context;

    MonthSimulationCommand(MonthSimulation simulation, SimulationSettings settings, CivicbotProperties properties,
                           JedisPooled redis, ConfigurableApplicationContext context) {
        this.simulation = simulation;
        this.settings = settings;
        this.properties = properties;
        this.redis = redis;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int status;
        try {
            SimulationReport report = simulation.run(settings);
            System.out.print(report.print());
            System.out.flush();
            status = report.accountedFor() ? 0 : 1;
        } catch (RuntimeException e) {
            log.error("The month simulation could not run: {}", e.getMessage(), e);
            status = 2;
        }
        redis.del(properties.queue().streamKey());
        int exit = status;
        SpringApplication.exit(context, () -> exit);
        removeOwnDatabase();
        System.exit(exit);
    }

    private void removeOwnDatabase() {
        Path dataDir = properties.embedded().dataDir();
        if (properties.database().external() || !dataDir.getFileName().toString().startsWith(OWN_DATA_DIR)
                || !Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove the simulation's database in {}: {}", dataDir, e.toString());
        }
    }
}
