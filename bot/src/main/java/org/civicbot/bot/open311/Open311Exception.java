package org.civicbot.bot.open311;

import org.springframework.http.HttpStatus;

/** A request the API refuses, answered in the spec's error format with this status and description. */
class Open311Exception extends RuntimeException {

    private final HttpStatus status;

    Open311Exception(HttpStatus status, String description) {
        super(description);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static Open311Exception badRequest(String description) {
        return new Open311Exception(HttpStatus.BAD_REQUEST, description);
    }

    static Open311Exception notFound(String description) {
        return new Open311Exception(HttpStatus.NOT_FOUND, description);
    }
}
