package org.civicbot.bot.api;

/** A request parameter or field the client got wrong; answered with 400 and this message. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
