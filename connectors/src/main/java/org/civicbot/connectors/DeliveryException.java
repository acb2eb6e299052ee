package org.civicbot.connectors;

import java.time.Duration;

/** A reply could not be delivered. {@code retryable} tells the outbox whether trying again can help. */
public class DeliveryException extends PlatformException {

    public DeliveryException(String message, boolean retryable, Throwable cause) {
        this(message, retryable, null, cause);
    }

    public DeliveryException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, retryable, retryAfter, cause);
    }

    /** The same failure, seen while delivering a reply. */
    public static DeliveryException of(PlatformException failure) {
        if (failure instanceof DeliveryException delivery) {
            return delivery;
        }
        return new DeliveryException(failure.getMessage(), failure.retryable(), failure.retryAfter(), failure);
    }
}
