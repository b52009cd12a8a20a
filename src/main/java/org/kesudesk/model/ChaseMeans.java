package org.kesudesk.model;

/** How the office chased a unit for its reports (催办方式). */
public enum ChaseMeans {
    /** 电话催办: the clerk phoned the unit's 联络员. */
    PHONE,
    /** 短信、微信: a message to the 联络员 (or the work group chat). */
    MESSAGE,
    /** 当面: in person, at a meeting or a visit. */
    IN_PERSON,
    /** 督办通知单: a letter sent. */
    LETTER,
    /** 其他. */
    OTHER
}
