package org.civicbot.bot.cases;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token in a case's public tracking link {@code /t/{token}}: 128 random bits, URL-safe, so a link can be
 * neither guessed nor enumerated, and it carries nothing about the citizen or the case.
 */
public final class TrackingToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 16;

    private TrackingToken() {
    }

    public static String generate() {
        byte[] token = new byte[BYTES];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** Whether a path segment can be a token at all (so a malformed one is refused before any query). */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.matches("[A-Za-z0-9_-]{16,64}");
    }
}
