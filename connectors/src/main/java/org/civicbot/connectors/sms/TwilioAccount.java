package org.civicbot.connectors.sms;

import java.net.URI;
import java.util.Objects;

/**
 * The municipality's Twilio account and number.
 *
 * @param accountSid the account SID ({@code AC…}): the API user name and part of every API path
 * @param authToken  the auth token: the API password, and the key Twilio signs its webhooks with
 * @param fromNumber the Twilio number citizens write to and replies come from, E.164
 * @param baseUrl    Twilio's REST API, {@link #API}; a local fake server in tests
 */
public record TwilioAccount(String accountSid, String authToken, String fromNumber, URI baseUrl) {

    public static final URI API = URI.create("https://api.twilio.com");

    public TwilioAccount {
        AccountSettings.require(accountSid, "accountSid");
        AccountSettings.require(authToken, "authToken");
        AccountSettings.require(fromNumber, "fromNumber");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    @Override
    public String toString() {
        return "TwilioAccount[" + accountSid + ", " + PhoneNumbers.mask(fromNumber) + ", " + baseUrl + "]";
    }
}
