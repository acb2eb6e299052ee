package org.civicbot.classifier.location;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ObjectBankWrapper;

/**
 * Recognises Swedish place names with a CoreNLP {@link CRFClassifier} trained on Swedish news sentences
 * (classifier/ner/) and the project's labelled citizen messages, with a gazette of Swedish localities,
 * municipalities and countries as a feature. Labels are LOC or O. Thread-safe for classification.
 */
public final class SwedishPlaceRecognizer implements PlaceRecognizer {

    /** Where the build puts the trained model (see docs/classifier.md). */
    public static final String BUNDLED_MODEL = "swedish-places.crf.gz";
    public static final String LOC = "LOC";
    public static final String OUTSIDE = "O";

    /**
     * Tokens as the NER corpus has them: links, numbers with inner separators ("12-345", "59.3793"),
     * abbreviations ("t.ex.", "Storg. 7"), words with inner hyphens; any other non-space character alone.
     */
    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "https?://\\S+|www\\.\\S+",
            "\\d+(?:[-–/.,:]\\d+)+",
            "(?<!\\p{L})(?:\\p{L}{1,3}\\.){2,}",
            "(?i)(?<!\\p{L})(?:ca|nr|kl|tel|st|resp|dvs|etc|obs|jfr|mvh|ang|kv|no)\\.(?-i)",
            "\\p{L}+\\.(?=\\s*\\d)",
            "\\p{L}+(?:gt|vg)\\.",
            "[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*",
            "\\S"));

    private final CRFClassifier<CoreLabel> crf;
    /**
     * The model's known lower-case words (a word-shape feature), read-only: CoreNLP would add every new word
     * it sees, and then the same text could be labelled differently later in a run.
     */
    private final Set<String> knownWords;

    private SwedishPlaceRecognizer(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
        Set<String> known = crf.getKnownLCWords();
        this.knownWords = new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return known.contains(o);
            }

            @Override
            public boolean add(String word) {
                return false;
            }

            @Override
            public Iterator<String> iterator() {
                return Collections.unmodifiableSet(known).iterator();
            }

            @Override
            public int size() {
                return known.size();
            }
        };
    }

    /** The model the build trained (classifier/target/classes/…/location/swedish-places.crf.gz). */
    public static SwedishPlaceRecognizer bundled() {
        try (InputStream in = SwedishPlaceRecognizer.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The bundled place-name model is missing (org/civicbot/classifier/"
                        + "location/" + BUNDLED_MODEL + "); build the classifier module, which trains it");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled place-name model cannot be read", e);
        }
    }

    public static SwedishPlaceRecognizer load(InputStream in) throws IOException {
        try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new Properties());
            crf.loadClassifier(objects, null);
            return new SwedishPlaceRecognizer(crf);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a place-name model: " + e.getMessage(), e);
        }
    }

    public void save(OutputStream out) throws IOException {
        try (ObjectOutputStream objects = new ObjectOutputStream(new GZIPOutputStream(out))) {
            crf.serializeClassifier(objects);
        }
    }

    /**
     * Trains on labelled sentences (tokens with {@link CoreAnnotations.AnswerAnnotation} LOC or O), and on a
     * copy of each sentence with a place in which other places from the gazette stand in.
     *
     * @param properties CoreNLP CRF flags (see location/swedish-places.props); {@code gazette} is set here
     * @param gazette    the gazette file in CoreNLP's format ("LOC name" per line)
     */
    public static SwedishPlaceRecognizer train(List<List<CoreLabel>> labelled, Properties properties, Path gazette)
            throws IOException {
        List<List<CoreLabel>> sentences = new ArrayList<>(labelled);
        sentences.addAll(GazetteAugmentation.copiesWithOtherPlaces(labelled, gazette));
        Properties flags = new Properties();
        flags.putAll(properties);
        flags.setProperty("gazette", gazette.toString());
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(flags);
        // The CoreNLP command line prepares documents (word shapes, known lower-case words); a list does not get that.
        ObjectBankWrapper<CoreLabel> prepare = new ObjectBankWrapper<>(crf.flags, null, crf.getKnownLCWords());
        sentences.forEach(prepare::processDocument);
        crf.train(sentences);
        return new SwedishPlaceRecognizer(crf);
    }

    /** Reads the training properties bundled next to this class. */
    public static Properties bundledProperties() {
        Properties p = new Properties();
        try (InputStream in = SwedishPlaceRecognizer.class.getResourceAsStream("swedish-places.props")) {
            if (in == null) {
                throw new IllegalStateException("classifier resource missing: location/swedish-places.props");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<int[]> places(String text) {
        List<CoreLabel> tokens = tokenize(text, List.of());
        label(tokens);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!LOC.equals(tokens.get(i).get(CoreAnnotations.AnswerAnnotation.class))) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && LOC.equals(tokens.get(j + 1).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            spans.add(new int[] {tokens.get(i).beginPosition(), tokens.get(j).endPosition()});
            i = j;
        }
        return spans;
    }

    /** Sets each token's answer to LOC or O. */
    public void label(List<CoreLabel> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        new ObjectBankWrapper<CoreLabel>(crf.flags, null, knownWords).processDocument(tokens);
        crf.classify(tokens);
    }

    /**
     * Tokens of a text with their offsets; tokens inside one of the given spans are labelled LOC (for
     * training on labelled messages), the rest O.
     */
    public static List<CoreLabel> tokenize(String text, List<int[]> placeSpans) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (Matcher m = TOKEN.matcher(text); m.find(); ) {
            boolean inPlace = placeSpans.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end());
            tokens.add(token(m.group(), inPlace ? LOC : OUTSIDE, m.start(), m.end()));
        }
        return tokens;
    }

    static CoreLabel token(String word, String label, int begin, int end) {
        CoreLabel t = new CoreLabel();
        t.setWord(word);
        t.setValue(word);
        t.setOriginalText(word);
        if (begin >= 0) {
            t.setBeginPosition(begin);
            t.setEndPosition(end);
        }
        t.set(CoreAnnotations.AnswerAnnotation.class, label);
        t.set(CoreAnnotations.GoldAnswerAnnotation.class, label);
        return t;
    }
}
