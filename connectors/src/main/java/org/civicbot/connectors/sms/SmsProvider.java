package org.civicbot.connectors.sms;

import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;

/** One SMS gateway (Twilio, 46elks) that sends a text from the municipality's number. */
public interface SmsProvider {

    /** The provider's name as thread ids carry it: {@code twilio}, {@code 46elks}. */
    String name();

    /** The number replies are sent from. */
    String fromNumber();

    /**
     * Sends the text as one (possibly concatenated) SMS; the provider splits it into segments and the phone
     * joins them again.
     *
     * @return the provider's id of the sent message
     */
    DeliveryReceipt send(String to, String text) throws DeliveryException;
}
