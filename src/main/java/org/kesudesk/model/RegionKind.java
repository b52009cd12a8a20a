package org.kesudesk.model;

/** A region is the city or one of its county-level divisions (县（市）区). */
public enum RegionKind {
    CITY,
    COUNTY
}
