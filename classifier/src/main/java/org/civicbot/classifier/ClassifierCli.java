package org.civicbot.classifier;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.civicbot.classifier.geocoding.Gazetteer;
import org.civicbot.classifier.geocoding.GazetteerGeocoder;
import org.civicbot.classifier.geocoding.Geocoder;
import org.civicbot.classifier.geocoding.Locator;
import org.civicbot.classifier.geocoding.NominatimGeocoder;
import org.civicbot.classifier.geocoding.PostcodeGeocoder;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationExtractor;
import org.civicbot.classifier.location.NerCorpus;
import org.civicbot.classifier.location.SwedishPlaceRecognizer;

import edu.stanford.nlp.ling.CoreLabel;
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
            case "classify" -> classify(MessageClassifier.withDefaultModel(), locator(args), System.in, out);
            case "evaluate" -> evaluate(TrainingCorpus.bundled(), Arrays.asList(args).contains("--ablation"), out);
            case "train" -> train(option(args, "--out"), out);
            case "train-places" -> trainPlaces(Path.of(option(args, "--ner-corpus")), Path.of(option(args, "--gazette")),
                    Path.of(option(args, "--out")), out);
            case "evaluate-locations" -> LocationScore.report(TrainingCorpus.bundled(), MessageClassifier.withDefaultModel(),
                    new Locator(defaultGeocoder()), SwedishPlaceRecognizer.bundled(),
                    Path.of(optional(args, "--ner-corpus", "classifier/ner/swedish-ner.txt")), out);
            case "evaluate-positions" -> LocationScore.reportPositions(Path.of(option(args, "--messages")),
                    MessageClassifier.withDefaultModel().withLocations(extractor(args)), locator(args), out);
            case "bench" -> bench(Arrays.asList(args).contains("--seconds") ? Integer.parseInt(option(args, "--seconds")) : 10, out);
            default -> {
                System.err.println("usage: civicbot-classifier classify [--gazetteer DIR] [--nominatim URL]"
                        + " | evaluate [--ablation] | evaluate-locations [--ner-corpus FILE]"
                        + " | evaluate-positions --messages FILE [--gazetteer DIR] [--nominatim URL] | bench [--seconds N]"
                        + " | train --out FILE | train-places --ner-corpus FILE --gazette FILE --out FILE");
                System.exit("help".equals(command) ? 0 : 2);
            }
        }
    }

    /** One JSON line out per line in; a bad line gives an error line for its id and the rest go on. */
    static void classify(MessageClassifier classifier, Locator locator, InputStream in, OutputStream out)
            throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            printer.println(classifyLine(classifier, locator, line, number));
        }
    }

    private static String classifyLine(MessageClassifier classifier, Locator locator, String line, int number) {
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
        for (Location l : locator.locate(c.locations(), List.of())) {
            ObjectNode location = locations.addObject().put("text", l.text()).put("start", l.start())
                    .put("end", l.end()).put("kind", l.kind().name()).put("normalized", l.normalized());
            location.put("lat", l.lat()).put("lon", l.lon()).put("precisionMeters", l.precisionMeters())
                    .put("source", l.source() == null ? null : l.source().name());
            if (l.problem() != null) {
                location.put("problem", l.problem());
            }
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
     * Messages per second on one thread, after a warm-up, over the corpus texts: category + topic + language
     * alone, location extraction alone, and the whole {@link MessageClassifier#classify}; and the heap in use
     * with both models loaded.
     */
    private static void bench(int seconds, PrintStream out) {
        MessageClassifier classifier = MessageClassifier.withDefaultModel();
        MessageClassifier withoutLocations = classifier.withLocations(LocationExtractor.none());
        List<String> texts = TrainingCorpus.bundled().stream().map(LabelledMessage::text).toList();
        out.printf(Locale.ROOT, "1 thread, %d distinct texts, %d s each:%n", texts.size(), seconds);
        Map<String, java.util.function.ToIntFunction<String>> parts = new LinkedHashMap<>();
        parts.put("category + topic + language", t -> withoutLocations.classify(t).topic().ordinal());
        parts.put("location extraction", t -> classifier.locations().extract(t).size());
        parts.put("everything (classify)", t -> classifier.classify(t).topic().ordinal());
        parts.forEach((name, work) -> {
            run(work, texts, Math.max(1, seconds / 2));
            out.printf(Locale.ROOT, "  %-28s %,8.0f messages/s%n", name, run(work, texts, seconds) / (double) seconds);
        });
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "heap in use with the models loaded: %d MB (max heap %d MB, %d processor(s))%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20,
                runtime.availableProcessors());
    }

    private static long run(java.util.function.ToIntFunction<String> work, List<String> texts, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        int sink = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                sink += work.applyAsInt(texts.get((int) (count++ % texts.size())));
            }
        }
        return sink == Integer.MIN_VALUE ? -1 : count;
    }

    /**
     * The geocoder for {@code classify}: a municipality's gazetteer folder (default: the demo's), the postcode
     * table, and a Nominatim server when one is given.
     */
    private static Locator locator(String[] args) {
        Gazetteer gazetteer = gazetteer(args);
        Geocoder local = Geocoder.firstOf(new GazetteerGeocoder(gazetteer), PostcodeGeocoder.bundled());
        String nominatim = optional(args, "--nominatim", null);
        if (nominatim == null) {
            return new Locator(local);
        }
        return new Locator(Geocoder.firstOf(local, new NominatimGeocoder(new NominatimGeocoder.Settings(
                URI.create(nominatim), gazetteer.municipality().town(), gazetteer.municipality(),
                Duration.ofSeconds(1), 10_000, Duration.ofSeconds(5), "civicbot-classifier (command line)"))));
    }

    private static Gazetteer gazetteer(String[] args) {
        String folder = optional(args, "--gazetteer", null);
        return folder == null ? Gazetteer.demo() : Gazetteer.load(Path.of(folder));
    }

    /** Place names from the given gazetteer (or the demo's) with the bundled place-name model. */
    private static LocationExtractor extractor(String[] args) {
        return new LocationExtractor(gazetteer(args).names(), SwedishPlaceRecognizer.bundled());
    }

    private static Geocoder defaultGeocoder() {
        return Geocoder.firstOf(new GazetteerGeocoder(Gazetteer.demo()), PostcodeGeocoder.bundled());
    }

    /**
     * Trains the Swedish place-name model on the NER corpus's training sentences and the training split of
     * the message corpus (place spans as LOC); the build runs this before the tests.
     */
    private static void trainPlaces(Path nerCorpus, Path gazette, Path outFile, PrintStream out) throws IOException {
        // CoreNLP reports every optimiser iteration on stderr; keep the build log readable, show it on failure.
        PrintStream stderr = System.err;
        ByteArrayOutputStream trainingLog = new ByteArrayOutputStream();
        System.setErr(new PrintStream(trainingLog, true, StandardCharsets.UTF_8));
        try {
            trainPlacesQuietly(nerCorpus, gazette, outFile, out);
        } catch (IOException | RuntimeException e) {
            stderr.print(trainingLog.toString(StandardCharsets.UTF_8));
            throw e;
        } finally {
            System.setErr(stderr);
        }
    }

    private static void trainPlacesQuietly(Path nerCorpus, Path gazette, Path outFile, PrintStream out)
            throws IOException {
        NerCorpus ner = NerCorpus.read(nerCorpus);
        List<List<CoreLabel>> sentences = new ArrayList<>(ner.train());
        List<LabelledMessage> messages = TrainingCorpus.bundled().stream().filter(m -> !m.heldOut()).toList();
        for (LabelledMessage m : messages) {
            sentences.add(SwedishPlaceRecognizer.tokenize(m.text(), LocationScore.placeSpans(m.locations())));
        }
        long start = System.nanoTime();
        SwedishPlaceRecognizer recognizer = SwedishPlaceRecognizer.train(sentences,
                SwedishPlaceRecognizer.bundledProperties(), gazette);
        Files.createDirectories(outFile.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(outFile)) {
            recognizer.save(file);
        }
        out.printf(Locale.ROOT, "trained the place-name model on %d sentences (%d news, %d messages, and a copy of"
                        + " each with a place, other places standing in; %d unlabelled lines skipped) in %.0f s → %s"
                        + " (%d bytes)%n", sentences.size(), ner.train().size(),
                messages.size(), ner.skippedLines(), (System.nanoTime() - start) / 1e9, outFile, Files.size(outFile));
    }

    private static String optional(String[] args, String name, String otherwise) {
        return Arrays.asList(args).contains(name) ? option(args, name) : otherwise;
    }

    private static String option(String[] args, String name) {
        int at = Arrays.asList(args).indexOf(name);
        if (at < 0 || at + 1 >= args.length) {
            throw new IllegalArgumentException(name + " is required");
        }
        return args[at + 1];
    }

}
