package org.civicbot.bot.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbot.bot.sla.SlaEvent;
import org.civicbot.bot.support.TestServers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A week of traffic (800 messages, a storm on the Monday, the monitor every 5 minutes) through the real ingest,
 * pipeline, staff replies and reply-guarantee monitor on the simulated clock: with the demo staffing every message
 * is answered in time; with the overloaded staffing the breaches appear, each recorded with its cause; and in both
 * every message is accounted for. Each scenario has its own application context and fresh database (the
 * simulated clock only moves forward).
 */
class MonthSimulationTest {

    private static final int MESSAGES = 800;

    /** 2027-01-01 is a Friday (New Year's Day), so the week has a holiday, a weekend and the storm on Monday. */
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
            "civicbot.simulation.run-at-start=false", "civicbot.simulation.messages=" + MESSAGES,
            "civicbot.simulation.days=7", "civicbot.simulation.storm-day=4", "civicbot.simulation.monitor-every=5m",
            "civicbot.simulation.questions=../knowledge/questions/questions.jsonl"})
    @ActiveProfiles(MonthSimulationConfiguration.PROFILE)
    abstract static class Scenario {

        @Autowired
        MonthSimulation simulation;

        @Autowired
        SimulationSettings settings;

        @DynamicPropertySource
        static void testServers(DynamicPropertyRegistry registry) {
            String database = TestServers.freshDatabase();
            String redis = TestServers.redisUrl();
            String stream = TestServers.freshStreamKey();
            registry.add("civicbot.database.url", () -> database);
            registry.add("civicbot.database.username", () -> TestServers.POSTGRES_USER);
            registry.add("civicbot.redis.url", () -> redis);
            registry.add("civicbot.queue.stream-key", () -> stream);
        }

        SimulationReport week() {
            return simulation.run(settings);
        }
    }

    @Nested
    @TestPropertySource(properties = "civicbot.simulation.staffing=DEMO")
    class DemoStaffing extends Scenario {

        @Test
        void everyMessageIsAnsweredWithinItsDeadlineAndAccountedFor() {
            SimulationReport report = week();

            assertThat(report.checks()).allSatisfy(check -> assertThat(check.holds()).as(check.rule()).isTrue());
            assertThat(report.generated()).isEqualTo(MESSAGES);
            assertThat(report.sources()).containsOnlyKeys(Traffic.Source.values());
            assertThat(report.breachCount()).isZero();
            assertThat(report.neverAnswered()).isZero();
            assertThat(report.staffAnswered()).isPositive();
            assertThat(report.botAnswered()).isPositive();
            assertThat(report.groups()).allSatisfy(group ->
                    assertThat(group.inTime()).as(group.dimension() + " " + group.name()).isEqualTo(group.toAnswer()));
            assertThat(report.groups()).extracting(SimulationReport.Group::name)
                    .contains("all", "sms", "facebook", "twitter", "telegram", "simulator", "FAULT", "QUESTION");
            assertThat(report.print()).contains("every message accounted for").contains("Breaches by cause: none");
        }
    }

    @Nested
    @TestPropertySource(properties = "civicbot.simulation.staffing=OVERLOADED")
    class OverloadedStaffing extends Scenario {

        @Test
        void breachesAreRecordedEachWithItsCauseAndEveryMessageIsAccountedFor() {
            SimulationReport report = week();

            assertThat(report.checks()).allSatisfy(check -> assertThat(check.holds()).as(check.rule()).isTrue());
            assertThat(report.breachCount()).isPositive();
            assertThat(report.breaches().keySet()).isNotEmpty()
                    .allSatisfy(cause -> assertThat(SlaEvent.Cause.valueOf(cause)).isNotNull());
            assertThat(report.events().get("BREACH")).isEqualTo(report.breachCount());
            assertThat(report.events().get("ESCALATED_TO_SUPERVISOR")).isEqualTo(report.breachCount());
            assertThat(report.events().get("WARNING")).isGreaterThanOrEqualTo(report.breachCount());
            assertThat(report.groups()).filteredOn(group -> group.name().equals("all")).singleElement()
                    .satisfies(all -> assertThat(all.breaches()).isEqualTo(report.breachCount()));
            assertThat(report.print()).contains("every message accounted for").contains("Breaches by the day");
        }
    }
}
