package org.civicbot.bot.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.civicbot.bot.cases.CaseRepository;
import org.civicbot.bot.cases.CaseWorkflow;
import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.ingest.IngestResult;
import org.civicbot.bot.ingest.IngestService;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.message.StaffReplies;
import org.civicbot.bot.pipeline.MessagePipeline;
import org.civicbot.bot.sla.SlaMonitor;
import org.civicbot.bot.sla.SwedishHolidays;
import org.civicbot.classifier.TrainingCorpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a month of traffic through the real ingest, pipeline, staff replies and reply-guarantee monitor on the
 * simulated clock. Each step of {@code monitor-every}: the messages of that step arrive and are ingested one by
 * one, then decided by the pipeline on {@code threads} threads (called directly rather than through the Redis
 * workers, so every message is decided within its step), then the monitor looks, then the staff on duty work.
 * The monitor looks before staff reply, so a reply written at or after its deadline always finds the breach
 * already recorded. After the last message the simulation runs on until every message is answered (or the drain
 * limit is reached).
 */
public class MonthSimulation {

    private static final Logger log = LoggerFactory.getLogger(MonthSimulation.class);
    private static final Duration PROGRESS_EVERY = Duration.ofDays(1);

    private final SimulatedClock clock;
    private final IngestService ingest;
    private final MessagePipeline pipeline;
    private final SlaMonitor monitor;
    private final MessageRepository messages;
    private final StaffReplies replies;
    private final CaseRepository cases;
    private final CaseWorkflow workflow;
    private final JdbcClient jdbc;
    private final CivicbotProperties properties;
    private final JsonMapper json;

    public MonthSimulation(SimulatedClock clock, IngestService ingest, MessagePipeline pipeline, SlaMonitor monitor,
                           MessageRepository messages, StaffReplies replies, CaseRepository cases,
                           CaseWorkflow workflow, JdbcClient jdbc, CivicbotProperties properties, JsonMapper json) {
        this.clock = clock;
        this.ingest = ingest;
        this.pipeline = pipeline;
        this.monitor = monitor;
        this.messages = messages;
        this.replies = replies;
        this.cases = cases;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.properties = properties;
        this.json = json;
    }

    /**
     * Runs the month on a database of its own.
     *
     * @throws IllegalStateException when the database already holds messages: the figures would mix with them
     */
    public SimulationReport run(SimulationSettings settings) {
        long existing = messages.count();
        if (existing > 0) {
            throw new IllegalStateException("The month simulation needs a database of its own, but this one holds "
                    + existing + " messages; run it with the embedded servers (the default) or an empty database");
        }
        ZoneId zone = properties.timeZone();
        List<Traffic.Arrival> arrivals = Traffic.month(settings, zone, TrainingCorpus.bundled(),
                questions(settings.questions()));
        Instant start = settings.start().atStartOfDay(zone).toInstant();
        Instant trafficEnd = start.plus(Duration.ofDays(settings.days()));
        Instant stop = trafficEnd.plus(settings.drainLimit());
        StaffDesk desk = new StaffDesk(jdbc, messages, replies, cases, workflow, settings.staffing(), zone,
                new SwedishHolidays(properties.sla().officeHours().closedEves()),
                settings.start().plusDays(settings.stormDay() - 1L), settings.seed() + 1);
        ExecutorService deciders = Executors.newFixedThreadPool(settings.threads());
        try {
            return run(settings, arrivals, desk, deciders, start, trafficEnd, stop, zone);
        } finally {
            deciders.shutdownNow();
        }
    }

    private SimulationReport run(SimulationSettings settings, List<Traffic.Arrival> arrivals, StaffDesk desk,
                                 ExecutorService deciders, Instant start, Instant trafficEnd, Instant stop,
                                 ZoneId zone) {
        Duration step = settings.monitorEvery();
        long began = System.nanoTime();
        Timings timings = new Timings();
        clock.set(start);
        int next = 0;
        long ingested = 0;
        Instant now = start;
        Instant nextProgress = start.plus(PROGRESS_EVERY);
        while (now.isBefore(stop)) {
            clock.set(now);
            List<Callable<Optional<Long>>> decisions = new ArrayList<>();
            while (next < arrivals.size() && !arrivals.get(next).at().isAfter(now)) {
                // Stored one by one, so ids follow the arrival order; decided together, as the workers do.
                long ingesting = System.nanoTime();
                IngestResult stored = ingest.accept(arrivals.get(next).message());
                timings.ingest += System.nanoTime() - ingesting;
                if (!stored.duplicate()) {
                    ingested++;
                }
                decisions.add(() -> pipeline.decide(stored.messageId()));
                next++;
            }
            long deciding = System.nanoTime();
            decideAll(deciders, decisions);
            long monitoring = System.nanoTime();
            monitor.check();
            long working = System.nanoTime();
            desk.work(now);
            timings.decide += monitoring - deciding;
            timings.monitor += working - monitoring;
            timings.staff += System.nanoTime() - working;
            if (!now.isBefore(nextProgress)) {
                log.info("Simulated {} of {} days: {} messages in, {} staff replies ({} s)",
                        Duration.between(start, now).toDays(), settings.days(), ingested, desk.repliesWritten(),
                        (System.nanoTime() - began) / 1_000_000_000);
                nextProgress = nextProgress.plus(PROGRESS_EVERY);
                if (!now.isBefore(trafficEnd) && !desk.busy() && !desk.anyoneWaiting()) {
                    break;
                }
            }
            now = now.plus(step);
        }
        timings.total = System.nanoTime() - began;
        return SimulationReport.of(jdbc, settings, arrivals, ingested, start, now, timings.took(), zone);
    }

    /** Where the run's wall time went, in nanoseconds. */
    private static final class Timings {
        long ingest;
        long decide;
        long monitor;
        long staff;
        long total;

        SimulationReport.Took took() {
            return new SimulationReport.Took(Duration.ofNanos(total), Duration.ofNanos(ingest),
                    Duration.ofNanos(decide), Duration.ofNanos(monitor), Duration.ofNanos(staff));
        }
    }

    /** Decides every message of the step before time moves on; a failed decision stops the simulation. */
    private static void decideAll(ExecutorService deciders, List<Callable<Optional<Long>>> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        try {
            for (Future<Optional<Long>> decided : deciders.invokeAll(decisions)) {
                decided.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The simulation was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The pipeline failed to decide a message: " + e.getCause(), e.getCause());
        }
    }

    /** The question set's texts, or none when the file is not there (the command runs from the repository root). */
    private List<String> questions(String file) {
        if (file.isBlank()) {
            return List.of();
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            log.warn("No question set at {}: the simulated citizens write only the classifier corpus's texts",
                    path.toAbsolutePath());
            return List.of();
        }
        try (Stream<String> lines = Files.lines(path)) {
            return lines.filter(line -> !line.isBlank()).map(line -> json.readTree(line).get("text").asString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the question set " + path.toAbsolutePath(), e);
        }
    }
}
