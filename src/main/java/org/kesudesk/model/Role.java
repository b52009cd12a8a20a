package org.kesudesk.model;

/** The part a unit plays for a node. */
public enum Role {
    /** 牵头单位: leads an action, project or safeguard. */
    LEAD,
    /** 责任单位: carries out a task. */
    RESPONSIBLE
}
