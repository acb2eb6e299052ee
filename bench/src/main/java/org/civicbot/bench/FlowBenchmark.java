package org.civicbot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end speed of the message flow on a running civicbot, with simulator messages (a mix of fault
 * reports, wiki questions and unclear messages). Two phases:
 * <ol>
 * <li>latency: messages posted one at a time, each followed until its reply is marked sent;</li>
 * <li>throughput: a burst posted at the given concurrency, timed until every reply is sent.</li>
 * </ol>
 *
 * <pre>./mvnw -q -pl bench exec:java -Dexec.args="--url http://localhost:8080 --latency-messages 100 --messages 1000 --concurrency 8"</pre>
 */
public final class FlowBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TEXTS = {
            "Gatlampan utanför Storgatan %d är trasig",
            "När töms soptunnorna i Våxnäs? (%d)",
            "Det är ett stort hål i cykelvägen vid Kungsgatan %d",
            "Vattenläcka på Drottninggatan %d",
            "Kan någon ringa mig om grejen nummer %d"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;

    private FlowBenchmark(String url) {
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "http://localhost:8080");
        int messages = Integer.parseInt(options.getOrDefault("messages", "500"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
        int latencyMessages = Integer.parseInt(options.getOrDefault("latency-messages", "100"));
        FlowBenchmark benchmark = new FlowBenchmark(url);
        String runId = UUID.randomUUID().toString().substring(0, 8);
        benchmark.latency(runId, latencyMessages);
        benchmark.throughput(runId, messages, concurrency);
    }

    private void latency(String runId, int messages) {
        List<Long> acceptNanos = new ArrayList<>();
        List<Long> flowNanos = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            long before = System.nanoTime();
            HttpResponse<String> response = post(runId + "-latency", i);
            acceptNanos.add(System.nanoTime() - before);
            long id = JSON.readTree(response.body()).get("messageId").asLong();
            while (!done(id)) {
                Thread.onSpinWait();
            }
            flowNanos.add(System.nanoTime() - before);
        }
        System.out.printf(Locale.ROOT, "latency, one message at a time (%d messages):%n", messages);
        System.out.printf(Locale.ROOT, "  POST accepted (stored + queued) ms: p50 %.1f  p95 %.1f  p99 %.1f%n",
                ms(acceptNanos, 50), ms(acceptNanos, 95), ms(acceptNanos, 99));
        System.out.printf(Locale.ROOT, "  POST → reply sent ms:               p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                ms(flowNanos, 50), ms(flowNanos, 95), ms(flowNanos, 99), ms(flowNanos, 100));
    }

    private void throughput(String runId, int messages, int concurrency) throws Exception {
        Set<Long> posted = ConcurrentHashMap.newKeySet();
        List<Long> acceptNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();

        long start = System.nanoTime();
        ExecutorService posters = Executors.newFixedThreadPool(concurrency);
        for (int t = 0; t < concurrency; t++) {
            posters.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < messages) {
                    long before = System.nanoTime();
                    HttpResponse<String> response = post(runId + "-burst", i);
                    acceptNanos.add(System.nanoTime() - before);
                    if (response.statusCode() == 202) {
                        posted.add(JSON.readTree(response.body()).get("messageId").asLong());
                    } else {
                        rejected.incrementAndGet();
                    }
                }
                return null;
            });
        }
        posters.shutdown();
        posters.awaitTermination(1, TimeUnit.HOURS);
        long postedNanos = System.nanoTime() - start;

        // Poll until every message has a sent reply (or no reply is owed).
        Set<Long> replied = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (replied.size() < posted.size() && System.nanoTime() < deadline) {
            for (long id : posted) {
                if (!replied.contains(id) && done(id)) {
                    replied.add(id);
                }
            }
        }
        long totalNanos = System.nanoTime() - start;

        System.out.printf(Locale.ROOT, "throughput, a burst of %d messages from %d concurrent posters:%n", messages,
                concurrency);
        System.out.printf(Locale.ROOT, "  accepted %d, rejected %d, replied %d%n", posted.size(), rejected.get(),
                replied.size());
        System.out.printf(Locale.ROOT, "  ingest %.0f messages/s (POST ms p50 %.1f  p95 %.1f  p99 %.1f)%n",
                messages / (postedNanos / 1e9), ms(acceptNanos, 50), ms(acceptNanos, 95), ms(acceptNanos, 99));
        System.out.printf(Locale.ROOT, "  end to end %.0f messages/s (all %d replied %.1f s after the first POST)%n",
                replied.size() / (totalNanos / 1e9), replied.size(), totalNanos / 1e9);
    }

    private HttpResponse<String> post(String senderPrefix, int i) {
        String body = JSON.createObjectNode()
                .put("sender", "bench-" + senderPrefix + "-" + (i % 100))
                .put("text", String.format(TEXTS[i % TEXTS.length], i))
                .put("externalId", "bench-" + senderPrefix + "-" + i)
                .toString();
        return send(HttpRequest.newBuilder(URI.create(url + "/api/simulator/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private boolean done(long id) {
        JsonNode message = JSON.readTree(send(HttpRequest.newBuilder(URI.create(url + "/api/messages/" + id)).GET().build()).body());
        String state = message.get("state").asString();
        if ("RECEIVED".equals(state)) {
            return false;
        }
        return message.get("replies").valueStream().allMatch(reply -> "SENT".equals(reply.get("state").asString()));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("civicbot at " + url + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double ms(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
