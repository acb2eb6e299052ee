package org.civicbot.classifier;

/** The kind of a location mention. This version finds ADDRESS, STREET and POSTCODE only. */
public enum LocationKind { ADDRESS, STREET, INTERSECTION, PLACE, POSTCODE, ASSET, COORDINATES }
