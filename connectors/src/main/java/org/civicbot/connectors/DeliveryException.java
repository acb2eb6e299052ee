package org.civicbot.connectors;

/** A reply could not be delivered. {@code retryable} tells the outbox whether trying again can help. */
public class DeliveryException extends Exception {
    private final boolean retryable;

    public DeliveryException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
