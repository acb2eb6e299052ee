package org.civicbot.classifier;

/** What kind of message it is: a fault report (felanmälan), a question (fråga), an opinion (synpunkt), or other. */
public enum Category { FAULT, QUESTION, OPINION, OTHER }
