package org.kesudesk.documents;

/** The official documents the app produces, each from its JRXML template. */
public enum DocumentKind {
    /** The 通知 in GB/T 9704 format, with the plan as its content and the 版记 on the last page. */
    NOTICE("notice"),
    /** The 任务分工表: 序号, 重点任务, 牵头单位, 责任单位. */
    DIVISION("division"),
    /** The 单位责任清单 of one unit, or of every unit one after another. */
    UNIT_LIST("unit-list");

    private final String templateName;

    DocumentKind(String templateName) {
        this.templateName = templateName;
    }

    /** The template's file name without extension; also the document's name on the command line. */
    public String templateName() {
        return templateName;
    }
}
