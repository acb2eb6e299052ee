package org.civicbot.classifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civicbot.classifier.geocoding.Locator;
import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationKind;
import org.civicbot.classifier.location.NerCorpus;
import org.civicbot.classifier.location.SwedishPlaceRecognizer;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How well locations are found and placed, on data the models never trained on: exact-span precision,
 * recall and F1 per kind on the held-out messages; token-level LOC F1 of the place-name model on the held-out
 * news sentences and on the held-out Swedish messages; and, for held-out messages with an address, whether
 * the best location lands within 100 m of the address's point in the gazetteer.
 */
public record LocationScore(Map<LocationKind, Prf> spans, Prf allSpans, Prf nerTokens, Prf messageTokens,
                            int addressed, int within100m, List<Double> addressErrorsMeters) {

    /** Kinds of span that name a place in words: what the place-name model learns as LOC. */
    static final Set<LocationKind> NAMED = Set.of(LocationKind.PLACE, LocationKind.STREET, LocationKind.ADDRESS,
            LocationKind.INTERSECTION);

    public record Prf(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return LocationScore.ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return LocationScore.ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            return truePositives == 0 ? 0 : 2.0 * truePositives / (2 * truePositives + falsePositives + falseNegatives);
        }

        Prf plus(Prf o) {
            return new Prf(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    public double withinShare() {
        return addressed == 0 ? 0 : (double) within100m / addressed;
    }

    static List<int[]> placeSpans(List<Location> locations) {
        return locations.stream().filter(l -> NAMED.contains(l.kind())).map(l -> new int[] {l.start(), l.end()}).toList();
    }

    public static LocationScore of(List<LabelledMessage> corpus, MessageClassifier classifier, Locator locator,
                                   SwedishPlaceRecognizer recognizer, Path nerCorpus) throws IOException {
        List<LabelledMessage> test = corpus.stream().filter(LabelledMessage::heldOut).toList();
        Map<LocationKind, Prf> byKind = new EnumMap<>(LocationKind.class);
        for (LocationKind k : LocationKind.values()) {
            byKind.put(k, new Prf(0, 0, 0));
        }
        int addressed = 0;
        int within = 0;
        List<Double> errors = new ArrayList<>();
        Prf messageTokens = new Prf(0, 0, 0);
        for (LabelledMessage m : test) {
            List<Location> predicted = classifier.classify(m.text()).locations();
            for (LocationKind k : LocationKind.values()) {
                byKind.merge(k, compare(spans(m.locations(), k), spans(predicted, k)), Prf::plus);
            }
            if ("sv".equals(m.language())) {
                List<CoreLabel> tokens = SwedishPlaceRecognizer.tokenize(m.text(), placeSpans(m.locations()));
                recognizer.label(tokens);
                messageTokens = messageTokens.plus(tokenScore(tokens));
            }
            Optional<Location> goldAddress = m.locations().stream().filter(l -> l.kind() == LocationKind.ADDRESS)
                    .findFirst();
            Optional<GeoPoint> truth = goldAddress.flatMap(a -> locator.best(List.of(a), List.of()))
                    .flatMap(Location::point);
            if (truth.isPresent()) {
                addressed++;
                Optional<GeoPoint> placed = locator.best(predicted, List.of()).flatMap(Location::point);
                double error = placed.map(p -> p.distanceMeters(truth.get())).orElse(Double.POSITIVE_INFINITY);
                errors.add(error);
                if (error <= 100) {
                    within++;
                }
            }
        }
        Prf all = byKind.values().stream().reduce(new Prf(0, 0, 0), Prf::plus);
        Prf ner = new Prf(0, 0, 0);
        for (List<CoreLabel> sentence : NerCorpus.read(nerCorpus).heldOut()) {
            recognizer.label(sentence);
            ner = ner.plus(tokenScore(sentence));
        }
        errors.sort(Double::compare);
        return new LocationScore(byKind, all, ner, messageTokens, addressed, within, List.copyOf(errors));
    }

    public static void report(List<LabelledMessage> corpus, MessageClassifier classifier, Locator locator,
                              SwedishPlaceRecognizer recognizer, Path nerCorpus, PrintStream out) throws IOException {
        long start = System.nanoTime();
        LocationScore s = of(corpus, classifier, locator, recognizer, nerCorpus);
        out.printf(Locale.ROOT, "location spans on the held-out messages (exact start, end and kind):%n");
        out.printf(Locale.ROOT, "  %-13s %6s %6s %6s %6s%n", "kind", "gold", "P", "R", "F1");
        s.spans.forEach((kind, prf) -> line(out, kind.name(), prf));
        line(out, "all", s.allSpans);
        out.printf(Locale.ROOT, "%nplace-name model, token-level LOC:%n");
        line(out, "news held out", s.nerTokens);
        line(out, "messages (sv)", s.messageTokens);
        double median = s.addressErrorsMeters.isEmpty() ? Double.NaN
                : s.addressErrorsMeters.get(s.addressErrorsMeters.size() / 2);
        out.printf(Locale.ROOT, "%ngeocoding, held-out messages with an address in the gazetteer: %d; best location"
                        + " within 100 m: %d (%.3f); median error %.0f m%n", s.addressed, s.within100m, s.withinShare(),
                median);
        out.printf(Locale.ROOT, "(evaluated in %.1f s)%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Real messages with the position they were reported at (JSON Lines {@code {"id","text","lat","lon"}}, e.g.
     * fault reports from a FixMyStreet-style service): how far the best location from the text lands from it.
     */
    public static void reportPositions(Path messages, MessageClassifier classifier, Locator locator, PrintStream out)
            throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Double> errors = new ArrayList<>();
        int total = 0;
        int unreadable = 0;
        for (String line : Files.readAllLines(messages, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            total++;
            JsonNode m;
            Optional<GeoPoint> truth;
            try {
                m = json.readTree(line);
                truth = GeoPoint.of(m.path("lat").asDouble(Double.NaN), m.path("lon").asDouble(Double.NaN));
            } catch (JacksonException e) {
                unreadable++;
                continue;
            }
            if (truth.isEmpty() || !m.path("text").isString()) {
                unreadable++;
                continue;
            }
            List<Location> found = classifier.classify(m.path("text").asString()).locations();
            errors.add(locator.best(found, List.of()).flatMap(Location::point)
                    .map(p -> p.distanceMeters(truth.get())).orElse(Double.POSITIVE_INFINITY));
        }
        errors.sort(Double::compare);
        long placed = errors.stream().filter(Double::isFinite).count();
        out.printf(Locale.ROOT, "%d messages (%d unreadable lines skipped); placed %d (%.3f)%n", total, unreadable,
                placed, ratio(placed, errors.size()));
        for (int meters : new int[] {100, 250, 1000, 5000}) {
            long within = errors.stream().filter(e -> e <= meters).count();
            out.printf(Locale.ROOT, "  within %,5d m: %d (%.3f)%n", meters, within, ratio(within, errors.size()));
        }
        out.printf(Locale.ROOT, "  median error of the placed: %.0f m%n",
                placed == 0 ? Double.NaN : errors.get((int) (placed / 2)));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static void line(PrintStream out, String name, Prf prf) {
        out.printf(Locale.ROOT, "  %-13s %6d %6.3f %6.3f %6.3f%n", name, prf.truePositives + prf.falseNegatives,
                prf.precision(), prf.recall(), prf.f1());
    }

    private static Set<String> spans(List<Location> locations, LocationKind kind) {
        Set<String> spans = new HashSet<>();
        for (Location l : locations) {
            if (l.kind() == kind && l.inText()) {
                spans.add(l.start() + ":" + l.end());
            }
        }
        return spans;
    }

    private static Prf compare(Set<String> gold, Set<String> predicted) {
        Set<String> hits = new HashSet<>(gold);
        hits.retainAll(predicted);
        return new Prf(hits.size(), predicted.size() - hits.size(), gold.size() - hits.size());
    }

    private static Prf tokenScore(List<CoreLabel> tokens) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (CoreLabel t : tokens) {
            boolean gold = SwedishPlaceRecognizer.LOC.equals(t.get(CoreAnnotations.GoldAnswerAnnotation.class));
            boolean predicted = SwedishPlaceRecognizer.LOC.equals(t.get(CoreAnnotations.AnswerAnnotation.class));
            if (gold && predicted) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (gold) {
                fn++;
            }
        }
        return new Prf(tp, fp, fn);
    }
}
