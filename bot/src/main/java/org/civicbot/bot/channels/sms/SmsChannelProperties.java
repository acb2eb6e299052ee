package org.civicbot.bot.channels.sms;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.civicbot.connectors.sms.ElksAccount;
import org.civicbot.connectors.sms.TwilioAccount;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS channel's settings ({@code civicbot.channels.sms.*}, from {@code CIVICBOT_CHANNELS_SMS_*}): one or both
 * providers, each on when all its settings are set, and the most segments one reply may take. Tokens and
 * passwords come only from the environment.
 *
 * @param maxSegments the most SMS segments one reply may take; the bot cuts its answers to 3
 * @param twilio      Twilio: account SID, auth token, number
 * @param elks        46elks: API username and password, number, and the basic credentials on our callback URL
 */
@ConfigurationProperties("civicbot.channels.sms")
public record SmsChannelProperties(
        @DefaultValue("3") int maxSegments,
        @DefaultValue Twilio twilio,
        @DefaultValue Elks elks) {

    private static final String PREFIX = "CIVICBOT_CHANNELS_SMS_";

    public record Twilio(@DefaultValue("") String accountSid, @DefaultValue("") String authToken,
                         @DefaultValue("") String fromNumber, @DefaultValue("https://api.twilio.com") URI baseUrl) {

        /** The environment variables not set; Twilio is on when there are none. */
        public List<String> missing() {
            List<String> missing = new ArrayList<>();
            addIfBlank(missing, accountSid, "TWILIO_ACCOUNTSID");
            addIfBlank(missing, authToken, "TWILIO_AUTHTOKEN");
            addIfBlank(missing, fromNumber, "TWILIO_FROMNUMBER");
            return missing;
        }

        /** Some settings but not all: most likely a typo in the environment. */
        boolean partlySet() {
            return !missing().isEmpty() && missing().size() < 3;
        }

        TwilioAccount account() {
            return new TwilioAccount(accountSid.strip(), authToken.strip(), fromNumber.strip(), baseUrl);
        }

        @Override
        public String toString() {
            return "Twilio[accountSid=" + accountSid + ", baseUrl=" + baseUrl + ", missing=" + missing() + "]";
        }
    }

    public record Elks(@DefaultValue("") String apiUsername, @DefaultValue("") String apiPassword,
                       @DefaultValue("") String fromNumber, @DefaultValue("") String webhookUsername,
                       @DefaultValue("") String webhookPassword,
                       @DefaultValue("https://api.46elks.com") URI baseUrl) {

        /** The environment variables not set; 46elks is on when there are none. */
        public List<String> missing() {
            List<String> missing = new ArrayList<>();
            addIfBlank(missing, apiUsername, "ELKS_APIUSERNAME");
            addIfBlank(missing, apiPassword, "ELKS_APIPASSWORD");
            addIfBlank(missing, fromNumber, "ELKS_FROMNUMBER");
            addIfBlank(missing, webhookUsername, "ELKS_WEBHOOKUSERNAME");
            addIfBlank(missing, webhookPassword, "ELKS_WEBHOOKPASSWORD");
            return missing;
        }

        /** Some settings but not all: most likely a typo in the environment. */
        boolean partlySet() {
            return !missing().isEmpty() && missing().size() < 5;
        }

        ElksAccount account() {
            return new ElksAccount(apiUsername.strip(), apiPassword.strip(), fromNumber.strip(),
                    webhookUsername.strip(), webhookPassword.strip(), baseUrl);
        }

        @Override
        public String toString() {
            return "Elks[apiUsername=" + apiUsername + ", baseUrl=" + baseUrl + ", missing=" + missing() + "]";
        }
    }

    /** Whether at least one provider has all its settings. */
    boolean anyProvider() {
        return twilio.missing().isEmpty() || elks.missing().isEmpty();
    }

    /** What would switch the channel on: all of Twilio's settings, or all of 46elks'. */
    List<String> missing() {
        return List.of(String.join(" + ", twilio.missing()) + " (Twilio)",
                "or " + String.join(" + ", elks.missing()) + " (46elks)");
    }

    private static void addIfBlank(List<String> missing, String value, String name) {
        if (value.isBlank()) {
            missing.add(PREFIX + name);
        }
    }
}
