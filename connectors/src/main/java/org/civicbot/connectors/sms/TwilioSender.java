package org.civicbot.connectors.sms;

import java.time.Clock;
import java.util.Objects;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.retry.RetryAfter;

/**
 * Sends SMS through Twilio's Messages API with the Twilio SDK ({@code POST
 * /2010-04-01/Accounts/{sid}/Messages.json}). Rate limits (HTTP 429, Twilio error 20429) and 5xx are
 * retryable, honouring {@code Retry-After}; a number Twilio refuses (21211 not a valid number, 21610 the
 * citizen answered STOP) is not.
 */
public final class TwilioSender implements SmsProvider {

    public static final String NAME = "twilio";

    private final TwilioAccount account;
    private final TwilioTransport transport;
    private final TwilioRestClient client;
    private final Clock clock;

    public TwilioSender(TwilioAccount account, Clock clock) {
        this.account = Objects.requireNonNull(account, "account");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transport = new TwilioTransport(account.baseUrl());
        this.client = new TwilioRestClient.Builder(account.accountSid(), account.authToken())
                .httpClient(transport)
                .build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fromNumber() {
        return account.fromNumber();
    }

    @Override
    public DeliveryReceipt send(String to, String text) throws DeliveryException {
        try {
            Message message = Message.creator(new PhoneNumber(to), new PhoneNumber(account.fromNumber()), text)
                    .create(client);
            return new DeliveryReceipt(message.getSid());
        } catch (ApiException e) {
            TwilioTransport.LastAnswer answer = transport.lastAnswer();
            int status = e.getStatusCode() != null ? e.getStatusCode() : answer.status();
            throw DeliveryException.of(PlatformException.ofStatus(status,
                    RetryAfter.fromHeader(answer.retryAfter(), clock),
                    "Twilio refused the SMS to " + PhoneNumbers.mask(to) + " (HTTP " + status + ", error "
                            + e.getCode() + "): " + PhoneNumbers.maskAll(e.getMessage()), e));
        } catch (ApiConnectionException e) {
            throw new DeliveryException("Twilio could not be reached: " + PhoneNumbers.maskAll(e.getMessage()),
                    true, e);
        } catch (TwilioException e) {
            // Twilio answered, but not as documented: it may have sent the SMS, so sending again could repeat it.
            throw new DeliveryException("Twilio's answer could not be read: " + PhoneNumbers.maskAll(e.getMessage()),
                    false, e);
        }
    }
}
