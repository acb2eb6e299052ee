package org.civicbot.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.civicbot.classifier.geocoding.Gazetteer;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationExtractor;
import org.civicbot.classifier.location.SwedishPlaceRecognizer;

/**
 * Classifies a citizen message: category and topic by a trained CoreNLP model, language by Lingua, and the
 * place mentions in the text. Immutable and thread-safe: load once, call from many threads; to change the
 * model, make a new instance with {@link #withModel}.
 */
public final class MessageClassifier {

    /** Where the build puts the model trained on the bundled corpus (see docs/classifier.md). */
    static final String BUNDLED_MODEL = "model/civicbot-classifier.model";

    private final ClassifierModel model;
    private final LocationExtractor locations;

    private MessageClassifier(ClassifierModel model, LocationExtractor locations) {
        this.model = model;
        this.locations = locations;
    }

    /** Finds places with the demo municipality's names and the bundled Swedish place-name model. */
    private static final class DemoLocations {
        static final LocationExtractor EXTRACTOR = new LocationExtractor(Gazetteer.demo().names(),
                SwedishPlaceRecognizer.bundled());
    }

    /** The model trained on the bundled corpus by the build. */
    public static MessageClassifier withDefaultModel() {
        try (InputStream in = MessageClassifier.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The bundled classifier model is missing (org/civicbot/classifier/"
                        + BUNDLED_MODEL + "); build the classifier module, which trains it");
            }
            return new MessageClassifier(ClassifierModel.load(in), DemoLocations.EXTRACTOR);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled classifier model cannot be read", e);
        }
    }

    /** A model with the demo municipality's place names. */
    public static MessageClassifier withModel(ClassifierModel model) {
        return new MessageClassifier(model, DemoLocations.EXTRACTOR);
    }

    /** The same model, finding places with another municipality's names. */
    public MessageClassifier withLocations(LocationExtractor extractor) {
        return new MessageClassifier(model, extractor);
    }

    public LocationExtractor locations() {
        return locations;
    }

    public String modelVersion() {
        return model.version();
    }

    /**
     * Never null and never throws for any string: null or blank text is OTHER/OTHER with confidence 0; very
     * long text is judged on its first {@value Features#MAX_CHARS} characters.
     */
    public Classification classify(String text) {
        if (text == null || text.isBlank()) {
            return new Classification(Category.OTHER, 0, Topic.OTHER, 0, LanguageDetection.UNDETERMINED, List.of(),
                    model.version());
        }
        String judged = text.length() > Features.MAX_CHARS ? text.substring(0, Features.MAX_CHARS) : text;
        LabelModel.Prediction category = model.category(model.categoryFeatures(judged));
        LabelModel.Prediction topic = model.topic(model.topicFeatures(judged));
        List<Location> places = locations.extract(judged);
        return new Classification(
                Category.valueOf(category.label()), category.probability(),
                Topic.valueOf(topic.label()), topic.probability(),
                LanguageDetection.of(withoutPlaces(judged, places)), places, model.version());
    }

    /** Street and place names are Swedish whatever language the writer uses, so they do not vote on it. */
    private static String withoutPlaces(String text, List<Location> places) {
        if (places.isEmpty()) {
            return text;
        }
        StringBuilder rest = new StringBuilder(text);
        for (Location place : places) {
            for (int i = place.start(); i < place.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return rest.toString();
    }
}
