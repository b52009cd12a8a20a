package org.kesudesk.parse;

/** What a column of a task-division table holds, as the user says when its header does not. */
public enum ColumnRole {
    /** 序号 */
    NUMBER,
    /** the action or project the task belongs to (行动, 工程, 类别) */
    ITEM,
    /** the task (重点任务, 工作措施 …) */
    TASK,
    /** 牵头单位 */
    LEAD,
    /** 责任单位, 配合单位 … */
    RESPONSIBLE,
    /** anything else (完成时限, 备注 …): not read */
    OTHER
}
