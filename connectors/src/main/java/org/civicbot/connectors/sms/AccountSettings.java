package org.civicbot.connectors.sms;

/** What the providers' account records require of their settings. */
final class AccountSettings {

    private AccountSettings() {
    }

    /** Refuses a blank setting, naming it, so a half-configured provider fails at start, not on the first SMS. */
    static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
    }
}
