package org.civicbot.connectors;

/** Sends replies through one channel. Implementations are thread-safe. */
public interface ReplySender {

    Channel channel();

    DeliveryReceipt send(OutboundReply reply) throws DeliveryException;
}
