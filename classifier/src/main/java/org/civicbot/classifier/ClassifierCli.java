package org.civicbot.classifier;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The classifier on the command line:
 * <pre>
 * java -jar classifier/target/civicbot-classifier.jar classify   &lt; messages.jsonl   # {"id","text"} per line
 * java -jar classifier/target/civicbot-classifier.jar evaluate [--ablation]            # held-out figures
 * java -jar classifier/target/civicbot-classifier.jar train --out FILE                 # what the build runs
 * java -Xmx300m -XX:ActiveProcessorCount=1 -jar classifier/target/civicbot-classifier.jar bench  # speed, one core
 * </pre>
 */
public final class ClassifierCli {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClassifierCli() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "classify" -> classify(MessageClassifier.withDefaultModel(), System.in, out);
            case "evaluate" -> evaluate(TrainingCorpus.bundled(), Arrays.asList(args).contains("--ablation"), out);
            case "train" -> train(option(args, "--out"), out);
            case "bench" -> bench(Arrays.asList(args).contains("--seconds") ? Integer.parseInt(option(args, "--seconds")) : 10, out);
            default -> {
                System.err.println("usage: civicbot-classifier classify | evaluate [--ablation] | train --out FILE"
                        + " | bench [--seconds N]");
                System.exit("help".equals(command) ? 0 : 2);
            }
        }
    }

    /** One JSON line out per line in; a bad line gives an error line for its id and the rest go on. */
    static void classify(MessageClassifier classifier, InputStream in, OutputStream out) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            printer.println(classifyLine(classifier, line, number));
        }
    }

    private static String classifyLine(MessageClassifier classifier, String line, int number) {
        JsonNode request;
        try {
            request = JSON.readTree(line);
        } catch (JacksonException e) {
            return error(null, "line " + number + " is not valid JSON");
        }
        JsonNode id = request.get("id");
        String idText = id == null || id.isNull() ? null : id.asString();
        JsonNode text = request.get("text");
        if (text == null || !text.isString()) {
            return error(idText, "line " + number + " has no \"text\" string");
        }
        Classification c = classifier.classify(text.asString());
        ObjectNode result = JSON.createObjectNode();
        result.put("id", idText);
        result.put("language", c.language());
        result.put("category", c.category().name());
        result.put("categoryConfidence", round(c.categoryConfidence()));
        result.put("topic", c.topic().name());
        result.put("topicConfidence", round(c.topicConfidence()));
        ArrayNode locations = result.putArray("locations");
        for (LocationMention l : c.locations()) {
            locations.addObject().put("kind", l.kind().name()).put("text", l.text()).put("start", l.start())
                    .put("end", l.end()).put("normalized", l.normalized());
        }
        result.put("modelVersion", c.modelVersion());
        return result.toString();
    }

    private static String error(String id, String message) {
        ObjectNode result = JSON.createObjectNode();
        result.put("id", id);
        result.put("error", message);
        return result.toString();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** Trains on the training split and scores model and baseline on the held-out split. */
    static void evaluate(List<LabelledMessage> corpus, boolean ablation, PrintStream out) {
        List<LabelledMessage> train = corpus.stream().filter(m -> !m.heldOut()).toList();
        List<LabelledMessage> test = corpus.stream().filter(LabelledMessage::heldOut).toList();
        out.printf(Locale.ROOT, "corpus: %d messages, %d train, %d held out%n%n", corpus.size(), train.size(), test.size());

        long start = System.nanoTime();
        MessageClassifier model = MessageClassifier.withModel(ClassifierModel.train(train));
        out.printf(Locale.ROOT, "trained model %s in %.1f s%n%n", model.modelVersion(), (System.nanoTime() - start) / 1e9);
        KeywordBaseline baseline = new KeywordBaseline(Lexicon.bundled());

        List<Classification> byModel = test.stream().map(m -> model.classify(m.text())).toList();
        List<Classification> byBaseline = test.stream().map(m -> baseline.classify(m.text())).toList();
        for (String predictor : List.of("model", "baseline (keyword rules)")) {
            List<Classification> predictions = predictor.equals("model") ? byModel : byBaseline;
            out.println(HeldOutScore.categories(test, predictions).report(predictor + " · category"));
            out.println(HeldOutScore.topics(test, predictions).report(predictor + " · topic"));
            out.println(languages(test, predictions).report(predictor + " · language, texts of 3+ words"));
        }
        if (ablation) {
            ablation(train, test, out);
        }
    }

    private static Evaluation languages(List<LabelledMessage> gold, List<Classification> predicted) {
        List<String> goldLanguages = new ArrayList<>();
        List<String> predictedLanguages = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).text().strip().split("\\s+").length >= 3) {
                goldLanguages.add(gold.get(i).language());
                predictedLanguages.add(predicted.get(i).language());
            }
        }
        List<String> labels = new ArrayList<>(LanguageDetection.SUPPORTED.values());
        labels.add(LanguageDetection.UNDETERMINED);
        return Evaluation.of(labels, goldLanguages, predictedLanguages, null);
    }

    /** Retrains without each feature group in turn: what each group adds on the held-out split. */
    private static void ablation(List<LabelledMessage> train, List<LabelledMessage> test, PrintStream out) {
        out.println("feature ablation (held out): category macro-F1 / topic accuracy, same features for both");
        report(out, "all features", Features.Group.ALL, train, test);
        for (Features.Group dropped : Features.Group.values()) {
            Set<Features.Group> groups = EnumSet.complementOf(EnumSet.of(dropped));
            report(out, "without " + dropped, groups, train, test);
        }
    }

    private static void report(PrintStream out, String name, Set<Features.Group> groups, List<LabelledMessage> train,
                               List<LabelledMessage> test) {
        MessageClassifier variant = MessageClassifier.withModel(ClassifierModel.train(train, groups, groups));
        HeldOutScore score = HeldOutScore.of(variant, test);
        out.printf(Locale.ROOT, "  %-22s %.3f / %.3f%n", name, score.categoryMacroF1(), score.topicAccuracy());
    }

    /** Trains the bundled model on the training split; the build runs this before the tests. */
    private static void train(String outFile, PrintStream out) throws IOException {
        List<LabelledMessage> train = TrainingCorpus.bundled().stream().filter(m -> !m.heldOut()).toList();
        ClassifierModel model = ClassifierModel.train(train);
        Path target = Path.of(outFile);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(target)) {
            model.save(file);
        }
        out.printf(Locale.ROOT, "trained %s on %d messages → %s (%d bytes)%n", model.version(), train.size(), target,
                Files.size(target));
    }

    /**
     * Messages per second on one thread for the whole {@link MessageClassifier#classify} (category, topic,
     * language and locations) over the corpus texts, after a warm-up; and the heap in use with the model loaded.
     */
    private static void bench(int seconds, PrintStream out) {
        MessageClassifier classifier = MessageClassifier.withDefaultModel();
        List<String> texts = TrainingCorpus.bundled().stream().map(LabelledMessage::text).toList();
        run(classifier, texts, Math.max(1, seconds / 2));
        long count = run(classifier, texts, seconds);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "classify (category + topic + language + locations), 1 thread, %d distinct texts: "
                        + "%.0f messages/s%n", texts.size(), count / (double) seconds);
        out.printf(Locale.ROOT, "heap in use with the model loaded: %d MB (max heap %d MB, %d processor(s))%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20,
                runtime.availableProcessors());
    }

    private static long run(MessageClassifier classifier, List<String> texts, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        int sink = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                sink += classifier.classify(texts.get((int) (count++ % texts.size()))).topic().ordinal();
            }
        }
        return sink == Integer.MIN_VALUE ? -1 : count;
    }

    private static String option(String[] args, String name) {
        int at = Arrays.asList(args).indexOf(name);
        if (at < 0 || at + 1 >= args.length) {
            throw new IllegalArgumentException(name + " is required");
        }
        return args[at + 1];
    }

}
