package org.civicbot.classifier.location;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * More training sentences for the place-name model: every sentence with a place gets a copy in which each
 * capitalised one-word place is replaced by a random Swedish or world place from the gazette (a genitive by a
 * genitive). The model then learns that the context and the gazette, not the few names the news happened to
 * mention, say "place". Seeded, so the build trains the same model every time.
 */
final class GazetteAugmentation {

    private static final long SEED = 42;

    private GazetteAugmentation() {
    }

    static List<List<CoreLabel>> copiesWithOtherPlaces(List<List<CoreLabel>> sentences, Path gazette)
            throws IOException {
        List<String> names = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (String line : Files.readAllLines(gazette, StandardCharsets.UTF_8)) {
            String[] entry = line.split(" ", 2);
            if (entry.length == 2 && (entry[0].equals("SEPLACE") || entry[0].equals("WORLD"))) {
                known.add(entry[1]);
                if (!entry[1].endsWith("s")) {
                    names.add(entry[1]); // base forms; the genitive is made when needed
                }
            }
        }
        Random random = new Random(SEED);
        List<List<CoreLabel>> copies = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences) {
            if (sentence.stream().noneMatch(GazetteAugmentation::isPlace)) {
                continue;
            }
            List<CoreLabel> copy = new ArrayList<>();
            for (int i = 0; i < sentence.size(); i++) {
                CoreLabel token = sentence.get(i);
                if (!isPlace(token)) {
                    copy.add(SwedishPlaceRecognizer.token(token.word(),
                            token.get(CoreAnnotations.AnswerAnnotation.class), -1, -1));
                    continue;
                }
                int last = i;
                while (last + 1 < sentence.size() && isPlace(sentence.get(last + 1))) {
                    last++;
                }
                String word = sentence.get(last).word();
                if (last == i && Character.isUpperCase(word.codePointAt(0))) {
                    boolean genitive = word.endsWith("s") && known.contains(word.substring(0, word.length() - 1));
                    String name = names.get(random.nextInt(names.size()));
                    if (genitive && !name.matches(".*[sxz]")) {
                        name = name + "s";
                    }
                    for (String w : name.split(" ")) {
                        copy.add(SwedishPlaceRecognizer.token(w, SwedishPlaceRecognizer.LOC, -1, -1));
                    }
                } else {
                    for (int k = i; k <= last; k++) {
                        copy.add(SwedishPlaceRecognizer.token(sentence.get(k).word(), SwedishPlaceRecognizer.LOC, -1, -1));
                    }
                }
                i = last;
            }
            copies.add(copy);
        }
        return copies;
    }

    private static boolean isPlace(CoreLabel token) {
        return SwedishPlaceRecognizer.LOC.equals(token.get(CoreAnnotations.AnswerAnnotation.class));
    }
}
