package org.civicbot.knowledge;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The knowledge library on the command line:
 * <pre>
 * java -jar knowledge/target/civicbot-knowledge.jar answer    --wiki DIR &lt; questions.jsonl
 *      # {"id","text"[,"language"][,"topic","topicConfidence"]}
 * java -jar knowledge/target/civicbot-knowledge.jar evaluate  --wiki DIR --questions FILE [--split test|train|all]
 *      [--topics FILE]   # the classifier's {"id","topic","topicConfidence"} per question, as topic hints
 * java -jar knowledge/target/civicbot-knowledge.jar calibrate --wiki DIR --questions FILE [--out FILE]
 * java -XX:ActiveProcessorCount=1 -jar knowledge/target/civicbot-knowledge.jar bench --wiki DIR [--articles 1000]
 * </pre>
 */
public final class KnowledgeCli {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KnowledgeCli() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "answer" -> answer(AnswerFinder.of(wiki(args)), System.in, out);
                case "evaluate" -> evaluate(wiki(args), QuestionSet.read(Path.of(option(args, "--questions", null))),
                        option(args, "--split", QuestionSet.TEST), topicHints(option(args, "--topics", "")), out);
                case "calibrate" -> calibrate(wiki(args), QuestionSet.read(Path.of(option(args, "--questions", null))),
                        option(args, "--out", ""), out);
                case "bench" -> bench(wiki(args), Integer.parseInt(option(args, "--articles", "1000")),
                        Integer.parseInt(option(args, "--seconds", "10")), out);
                default -> {
                    System.err.println("usage: civicbot-knowledge answer --wiki DIR"
                            + " | evaluate --wiki DIR --questions FILE [--split test|train|all] [--topics FILE]"
                            + " | calibrate --wiki DIR --questions FILE [--out FILE]"
                            + " | bench --wiki DIR [--articles N] [--seconds N]");
                    System.exit("help".equals(command) ? 0 : 2);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("civicbot-knowledge: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * One JSON object per input line, in order. A line that is not a question object gets an {"id", "error"}
     * line so the output stays aligned with the input.
     */
    static void answer(AnswerFinder finder, InputStream in, PrintStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> result = new LinkedHashMap<>();
            try {
                JsonNode node = JSON.readTree(line);
                result.put("id", node.path("id").isMissingNode() ? null : node.path("id"));
                JsonNode text = node.path("text");
                if (!text.isString()) {
                    result.put("error", "line " + number + ": \"text\" must be a string");
                } else {
                    Answer a = finder.answer(text.asString(), node.path("language").asString(null), topicHint(node));
                    result.put("article", a.abstained() ? null : a.article().slug());
                    result.put("confidence", Math.round(a.confidence() * 1000) / 1000.0);
                    result.put("passage", a.abstained() ? null : a.passage().text());
                }
            } catch (JacksonException e) {
                result.put("id", null);
                result.put("error", "line " + number + " is not JSON: " + e.getOriginalMessage());
            }
            out.println(JSON.writeValueAsString(result));
        }
    }

    /** A topic hint from a JSON line's "topic" and "topicConfidence", or null. */
    private static TopicHint topicHint(JsonNode node) {
        JsonNode topic = node.path("topic");
        JsonNode confidence = node.path("topicConfidence");
        return topic.isString() && confidence.isNumber() && confidence.asDouble() >= 0 && confidence.asDouble() <= 1
                ? new TopicHint(topic.asString(), confidence.asDouble()) : null;
    }

    /** Topic hints by question id from a file of JSON lines (the classifier's output); none without a file. */
    static Map<String, TopicHint> topicHints(String file) throws IOException {
        Map<String, TopicHint> hints = new HashMap<>();
        if (file.isEmpty()) {
            return hints;
        }
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                TopicHint hint = topicHint(node);
                if (hint != null) {
                    hints.put(node.path("id").asString(), hint);
                }
            }
        }
        return hints;
    }

    static void evaluate(Wiki wiki, QuestionSet set, String split, Map<String, TopicHint> hints, PrintStream out) {
        List<QuestionSet.Question> questions = set.split(split);
        AnswerFinder finder = AnswerFinder.of(wiki);
        BaselineSearch baseline = new BaselineSearch(wiki);
        AnswerScore ours = AnswerScore.of(questions, q -> finder.answer(q.text(), q.language(), hints.get(q.id())));
        AnswerScore plain = AnswerScore.of(questions, q -> baseline.answer(q.text()));
        out.printf(Locale.ROOT, "%d articles; split '%s': %d questions, %d answerable, %d unanswerable; %s%n",
                wiki.articles().size(), split, questions.size(), ours.answerable(), ours.unanswerable(),
                hints.isEmpty() ? "no topic hints" : "topic hints for " + hints.size() + " questions");
        out.println(AnswerScore.header());
        out.println(ours.row("civicbot"));
        out.println(plain.row("plain Lucene BM25"));
        out.printf(Locale.ROOT, "civicbot threshold %.3f: %d answered right, %d wrong, %d abstained on answerable,"
                        + " %d of %d unanswerable abstained%n", AnswerCalibration.bundled().threshold(),
                ours.answeredRight(), ours.answeredWrong(), ours.abstainedAnswerable(), ours.abstainedUnanswerable(),
                ours.unanswerable());
        out.println("civicbot confidence against outcome (calibration):");
        out.print(ours.reliability());
    }

    static void calibrate(Wiki wiki, QuestionSet set, String outFile, PrintStream out) throws IOException {
        List<QuestionSet.Question> train = set.split(QuestionSet.TRAIN);
        AnswerFinder finder = AnswerFinder.of(wiki);
        List<AnswerCalibration.Example> examples = new ArrayList<>();
        for (QuestionSet.Question q : train) {
            finder.features(q.text(), q.language()).ifPresent(f -> examples.add(new AnswerCalibration.Example(
                    f.features(), f.slug().equals(q.article()), q.answerable())));
        }
        AnswerCalibration fitted = AnswerCalibration.fit(examples, AnswerCalibration.DEFAULT_MAX_WRONG_RATE);
        String text = fitted.format(String.format(Locale.ROOT,
                "fitted by 'civicbot-knowledge.jar calibrate' on %d training questions over %d articles",
                examples.size(), wiki.articles().size()));
        if (outFile.isEmpty()) {
            out.print(text);
        } else {
            Files.writeString(Path.of(outFile), text, StandardCharsets.UTF_8);
            out.println("calibration written to " + outFile);
        }
    }

    /**
     * Answers per second on one thread over a wiki grown to the given size: the real articles plus copies whose
     * paragraphs are mixed from other articles, so the index has the size and vocabulary spread of a big wiki.
     */
    static void bench(Wiki wiki, int size, int seconds, PrintStream out) {
        List<WikiArticle> grown = new ArrayList<>(wiki.articles());
        List<WikiArticle> base = wiki.articles();
        Random random = new Random(42);
        for (int i = 0; grown.size() < size; i++) {
            WikiArticle a = base.get(i % base.size());
            WikiArticle other = base.get(random.nextInt(base.size()));
            List<Passage> mixed = other.passages();
            String extra = mixed.isEmpty() ? "" : "\n\n" + mixed.get(random.nextInt(mixed.size())).text();
            grown.add(new WikiArticle(a.slug() + "-copy-" + i, a.title() + " " + (i / base.size()), a.language(),
                    a.topic(), a.tags(), a.aliases(), a.updated(), a.body() + extra));
        }
        List<String[]> questions = new ArrayList<>();
        for (WikiArticle a : base) {
            a.aliases().forEach(alias -> questions.add(new String[] {alias, a.language()}));
            questions.add(new String[] {a.title(), a.language()});
        }
        long buildStart = System.nanoTime();
        AnswerFinder finder = AnswerFinder.of(new Wiki(grown, wiki.synonyms()));
        out.printf(Locale.ROOT, "%d articles indexed in %.1f s; %d questions%n", grown.size(),
                (System.nanoTime() - buildStart) / 1e9, questions.size());
        for (boolean languageKnown : new boolean[] {true, false}) {
            for (int i = 0; i < 20_000; i++) {
                String[] q = questions.get(i % questions.size());
                finder.answer(q[0], languageKnown ? q[1] : null);
            }
            long count = 0;
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                String[] q = questions.get((int) (count % questions.size()));
                finder.answer(q[0], languageKnown ? q[1] : null);
                count++;
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "language %s: %.0f answers/s on one thread, %.0f µs each%n",
                    languageKnown ? "given (as the bot does)" : "not given (guessed from the question)",
                    count / elapsed, elapsed * 1e6 / count);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        out.printf(Locale.ROOT, "heap in use %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }

    private static Wiki wiki(String[] args) throws IOException {
        return WikiFormat.loadDirectory(Path.of(option(args, "--wiki", null)));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return fallback;
    }
}
