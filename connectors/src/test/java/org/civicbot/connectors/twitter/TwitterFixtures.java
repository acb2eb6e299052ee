package org.civicbot.connectors.twitter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The X API v2 samples in {@code src/test/resources/twitter}, as the documentation shows them. */
final class TwitterFixtures {

    private TwitterFixtures() {
    }

    static String fixture(String name) {
        try (InputStream in = TwitterFixtures.class.getResourceAsStream("/twitter/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture twitter/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
