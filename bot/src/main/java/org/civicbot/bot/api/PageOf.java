package org.civicbot.bot.api;

import java.util.List;

/** One page of a longer list. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    /** Checks page and size from a request and gives the row offset. */
    public static int offset(int page, int size) {
        if (page < 0) {
            throw new InvalidRequestException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        return Math.multiplyExact(page, size);
    }
}
