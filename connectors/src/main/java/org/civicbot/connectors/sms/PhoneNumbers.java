package org.civicbot.connectors.sms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers as logs and error messages may show them: masked, so that a log line, the outbox's last error
 * or the health page never holds a citizen's whole number. The first four characters (country code and
 * operator prefix) and the last two stay, enough to tell two numbers apart while reading a log.
 */
public final class PhoneNumbers {

    /** Anything that looks like a phone number inside a provider's message ("The 'To' number +46701234567 …"). */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d ]{5,18}\\d");

    private PhoneNumbers() {
    }

    /** {@code +46701234567} → {@code +467******67}; a short or missing value is masked whole. */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return "(none)";
        }
        if (number.length() <= 6) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 6) + number.substring(number.length() - 2);
    }

    /** The text with every phone number in it masked. */
    public static String maskAll(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = NUMBER.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(masked, Matcher.quoteReplacement(mask(matcher.group())));
        }
        return matcher.appendTail(masked).toString();
    }
}
