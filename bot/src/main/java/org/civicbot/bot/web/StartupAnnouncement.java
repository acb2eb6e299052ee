package org.civicbot.bot.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started civicbot where to open it. */
@Component
class StartupAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

    @EventListener
    void announce(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        log.info("civicbot is running: staff inbox http://localhost:{}/ · public wiki http://localhost:{}/wiki · "
                + "API http://localhost:{}/api · OpenAPI http://localhost:{}/v3/api-docs · "
                + "simulator POST http://localhost:{}/api/simulator/messages", port, port, port, port, port);
    }
}
