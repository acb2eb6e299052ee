package org.civicbot.connectors.sms;

import java.net.URI;
import java.util.Objects;

/**
 * The municipality's 46elks account and number.
 *
 * @param apiUsername     the API username ({@code u…}) from the 46elks dashboard
 * @param apiPassword     the API password
 * @param fromNumber      the 46elks virtual number citizens write to and replies come from, E.164
 * @param webhookUsername the user name 46elks must present on our callback URL (we choose it and put it in
 *                        the {@code sms_url} as {@code https://user:password@host/…})
 * @param webhookPassword the password that goes with it; a long random string
 * @param baseUrl         46elks' REST API, {@link #API}; a local fake server in tests
 */
public record ElksAccount(String apiUsername, String apiPassword, String fromNumber, String webhookUsername,
                          String webhookPassword, URI baseUrl) {

    public static final URI API = URI.create("https://api.46elks.com");

    public ElksAccount {
        AccountSettings.require(apiUsername, "apiUsername");
        AccountSettings.require(apiPassword, "apiPassword");
        AccountSettings.require(fromNumber, "fromNumber");
        AccountSettings.require(webhookUsername, "webhookUsername");
        AccountSettings.require(webhookPassword, "webhookPassword");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    @Override
    public String toString() {
        return "ElksAccount[" + apiUsername + ", " + PhoneNumbers.mask(fromNumber) + ", " + baseUrl + "]";
    }
}
