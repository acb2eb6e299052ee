package org.civicbot.connectors.sms;

import java.util.Objects;
import java.util.Optional;

/**
 * An SMS conversation as a message's thread id keeps it: the provider the citizen's message came through and
 * the citizen's number ({@code twilio:+46701234567}, {@code 46elks:+46701234567}), so the reply goes back the
 * same way.
 */
public record SmsThread(String provider, String number) {

    public SmsThread {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(number, "number");
    }

    public String id() {
        return provider + ":" + number;
    }

    /** The thread a thread id names, or empty when it is missing or not of this form. */
    public static Optional<SmsThread> parse(String threadId) {
        if (threadId == null) {
            return Optional.empty();
        }
        int colon = threadId.indexOf(':');
        if (colon <= 0 || colon == threadId.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new SmsThread(threadId.substring(0, colon), threadId.substring(colon + 1)));
    }
}
