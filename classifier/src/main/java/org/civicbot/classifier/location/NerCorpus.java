package org.civicbot.classifier.location;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The Swedish NER corpus (classifier/ner/, see its README): "token label" per line, tab or spaces between,
 * a blank line between sentences, label 0 for outside; only LOC is kept. A line without a label is skipped,
 * not fatal. Sentence i is held out when i % 5 == 2 (the third of every five), fixed.
 */
public record NerCorpus(List<List<CoreLabel>> train, List<List<CoreLabel>> heldOut, int skippedLines) {

    public static NerCorpus read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public static NerCorpus read(BufferedReader lines) throws IOException {
        List<List<CoreLabel>> train = new ArrayList<>();
        List<List<CoreLabel>> heldOut = new ArrayList<>();
        List<CoreLabel> sentence = new ArrayList<>();
        int skipped = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!sentence.isEmpty()) {
                    ((train.size() + heldOut.size()) % 5 == 2 ? heldOut : train).add(sentence);
                    sentence = new ArrayList<>();
                }
                continue;
            }
            String[] columns = trimmed.split("[\\t ]+");
            String word = columns[0].replace("\u00ad", ""); // soft hyphens inside some words
            if (columns.length < 2 || word.isEmpty()) {
                skipped++;
                continue;
            }
            String label = SwedishPlaceRecognizer.LOC.equals(columns[columns.length - 1])
                    ? SwedishPlaceRecognizer.LOC : SwedishPlaceRecognizer.OUTSIDE;
            sentence.add(SwedishPlaceRecognizer.token(word, label, -1, -1));
        }
        if (!sentence.isEmpty()) {
            ((train.size() + heldOut.size()) % 5 == 2 ? heldOut : train).add(sentence);
        }
        return new NerCorpus(List.copyOf(train), List.copyOf(heldOut), skipped);
    }
}
