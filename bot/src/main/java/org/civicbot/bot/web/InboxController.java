package org.civicbot.bot.web;

import java.util.List;

import org.civicbot.bot.api.PageOf;
import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.message.Message;
import org.civicbot.bot.message.MessageRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff inbox: the newest messages with what the bot made of them and when they must be answered. */
@Controller
class InboxController {

    static final int PAGE_SIZE = 50;

    private final MessageRepository messages;
    private final CivicbotProperties properties;

    InboxController(MessageRepository messages, CivicbotProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping("/")
    String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
        List<Message> rows = messages.newest(PageOf.offset(page, PAGE_SIZE), PAGE_SIZE);
        long total = messages.count();
        model.addAttribute("messages", rows);
        model.addAttribute("page", page);
        model.addAttribute("total", total);
        model.addAttribute("hasNext", (long) (page + 1) * PAGE_SIZE < total);
        model.addAttribute("municipality", properties.municipality());
        model.addAttribute("zone", properties.timeZone());
        return "inbox";
    }
}
