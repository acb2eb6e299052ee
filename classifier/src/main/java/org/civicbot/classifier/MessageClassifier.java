package org.civicbot.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Classifies a citizen message: category and topic by a trained CoreNLP model, language by Lingua, and the
 * place mentions in the text. Immutable and thread-safe: load once, call from many threads; to change the
 * model, make a new instance with {@link #withModel}.
 */
public final class MessageClassifier {

    /** Where the build puts the model trained on the bundled corpus (see docs/classifier.md). */
    static final String BUNDLED_MODEL = "model/civicbot-classifier.model";

    private static final Lexicon LEXICON = Lexicon.bundled();

    private final ClassifierModel model;
    private final LocationExtractor locations = new LocationExtractor(LEXICON);

    private MessageClassifier(ClassifierModel model) {
        this.model = model;
    }

    /** The model trained on the bundled corpus by the build. */
    public static MessageClassifier withDefaultModel() {
        try (InputStream in = MessageClassifier.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The bundled classifier model is missing (org/civicbot/classifier/"
                        + BUNDLED_MODEL + "); build the classifier module, which trains it");
            }
            return new MessageClassifier(ClassifierModel.load(in));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled classifier model cannot be read", e);
        }
    }

    public static MessageClassifier withModel(ClassifierModel model) {
        return new MessageClassifier(model);
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
        List<LocationMention> places = locations.extract(judged, Text.fold(judged));
        return new Classification(
                Category.valueOf(category.label()), category.probability(),
                Topic.valueOf(topic.label()), topic.probability(),
                LanguageDetection.of(withoutPlaces(judged, places)), places, model.version());
    }

    /** Street and place names are Swedish whatever language the writer uses, so they do not vote on it. */
    private static String withoutPlaces(String text, List<LocationMention> places) {
        if (places.isEmpty()) {
            return text;
        }
        StringBuilder rest = new StringBuilder(text);
        for (LocationMention place : places) {
            for (int i = place.start(); i < place.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return rest.toString();
    }
}
