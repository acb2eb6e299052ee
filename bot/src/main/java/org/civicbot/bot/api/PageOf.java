package org.civicbot.bot.api;

import java.util.List;

/** One page of a longer list. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    /** Checks page and size from a request and gives the row offset. */
    public static int offset(int page, int size) {
        return offset(page, size, MAX_SIZE);
    }

    /** The same, for a list whose pages are costlier to build and so smaller at most. */
    public static int offset(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidRequestException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidRequestException("size must be between 1 and " + maxSize + ", was " + size);
        }
        return Math.multiplyExact(page, size);
    }
}
