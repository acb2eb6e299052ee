package org.civicbot.bot.cases;

/** Formats case numbers the way Swedish registries write them: year, dash, six-digit serial. */
final class CaseNumber {

    private CaseNumber() {
    }

    static String format(int year, int serial) {
        if (serial < 1 || serial > 999_999) {
            throw new IllegalArgumentException("Case serial " + serial + " is outside 1..999999 for " + year);
        }
        return String.format("%d-%06d", year, serial);
    }
}
