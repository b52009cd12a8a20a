package org.kesudesk.documents;

/**
 * How a document will be printed, for the unit lists handed out unit by unit: on both sides of the paper, as official
 * documents are (GB/T 9704 6.2) — each unit's list then starts on the front of a sheet, a blank back left after a
 * list of an odd number of pages — or on one side, on an office printer that prints no other way, where such a blank
 * page would be a sheet spent.
 */
public enum PaperSides {
    BOTH_SIDES,
    ONE_SIDE
}
