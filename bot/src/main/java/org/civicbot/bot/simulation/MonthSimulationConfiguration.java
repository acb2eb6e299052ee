package org.civicbot.bot.simulation;

import org.civicbot.bot.cases.CaseRepository;
import org.civicbot.bot.cases.CaseWorkflow;
import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.ingest.IngestService;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.message.StaffReplies;
import org.civicbot.bot.pipeline.MessagePipeline;
import org.civicbot.bot.sla.SlaMonitor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import redis.clients.jedis.JedisPooled;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code month-simulation} profile: every component reads the simulated clock instead of the system's, and
 * the month runs as a command at start. What would act on wall time is off in
 * {@code application-month-simulation.yml} (pipeline workers, background jobs, the web server).
 */
@Configuration(proxyBeanMethods = false)
@Profile(MonthSimulationConfiguration.PROFILE)
class MonthSimulationConfiguration {

    static final String PROFILE = "month-simulation";

    @Bean
    @Primary
    SimulatedClock simulatedClock(SimulationSettings settings, CivicbotProperties properties) {
        return new SimulatedClock(settings.start().atStartOfDay(properties.timeZone()).toInstant());
    }

    @Bean
    MonthSimulation monthSimulation(SimulatedClock clock, IngestService ingest, MessagePipeline pipeline,
                                    SlaMonitor monitor, MessageRepository messages, StaffReplies replies,
                                    CaseRepository cases, CaseWorkflow workflow, JdbcClient jdbc,
                                    CivicbotProperties properties, JsonMapper json) {
        return new MonthSimulation(clock, ingest, pipeline, monitor, messages, replies, cases, workflow, jdbc,
                properties, json);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "civicbot.simulation.run-at-start", matchIfMissing = true)
    MonthSimulationCommand monthSimulationCommand(MonthSimulation simulation, SimulationSettings settings,
                                                  CivicbotProperties properties, JedisPooled redis,
                                                  ConfigurableApplicationContext context) {
        return new MonthSimulationCommand(simulation, settings, properties, redis, context);
    }
}
