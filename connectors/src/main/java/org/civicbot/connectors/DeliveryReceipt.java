package org.civicbot.connectors;

/** Proof that a platform accepted a reply: its own id for the sent message. */
public record DeliveryReceipt(String platformMessageId) {
}
