package org.kesudesk.model;

import java.util.Optional;

/**
 * What a node of the plan tree is. The levels follow the numbering convention of official documents:
 * sections 一、, items （一）, tasks 1., sub-tasks （1）.
 */
public enum NodeKind {
    /** A numbered section of the plan (一、…), e.g. the one that holds the population actions. */
    SECTION,
    /** A population action (提升行动), led by lead units. */
    ACTION,
    /** A key project (重点工程), led by lead units. */
    PROJECT,
    /** A safeguard measure (保障措施) paragraph group. */
    SAFEGUARD,
    /** A numbered task carried out by responsible units. */
    TASK,
    /** A sub-task （1） of a task. */
    SUBTASK;

    /** Whether this kind is an item of a section: an action, a project or a safeguard. */
    public boolean isItem() {
        return this == ACTION || this == PROJECT || this == SAFEGUARD;
    }

    /**
     * The part a unit given to a node of this kind plays unless told otherwise: an item (action, project, safeguard) is
     * led by its lead units (牵头单位), a task or sub-task is carried out by its responsible units (责任单位), a section
     * has no units. A task may also have lead units of its own ({@link #takes}).
     */
    public Optional<Role> unitRole() {
        if (isItem()) {
            return Optional.of(Role.LEAD);
        }
        return this == SECTION ? Optional.empty() : Optional.of(Role.RESPONSIBLE);
    }

    /**
     * Whether a node of this kind may have units in the given role: an item only lead units; a task or sub-task its
     * responsible units and, as work plans and many cities' plans write a task's own （牵头单位：…；责任单位：…）, lead
     * units of its own; a section none.
     */
    public boolean takes(Role role) {
        return isTask() || unitRole().filter(role::equals).isPresent();
    }

    /** Whether this kind is a task or a sub-task. */
    public boolean isTask() {
        return this == TASK || this == SUBTASK;
    }

    /**
     * The numbering as an official document writes it at this kind's level: 二、 for a section, （一） for an item,
     * 1. for a task, （1） for a sub-task.
     */
    public String numbering(String label) {
        if (label.isEmpty()) {
            return "";
        }
        return switch (this) {
            case SECTION -> label + "、";
            case ACTION, PROJECT, SAFEGUARD, SUBTASK -> "（" + label + "）";
            case TASK -> label + ".";
        };
    }

    /**
     * Whether the children of a node of this kind are numbered by their position (1, 2, 3 … whatever the document
     * said): tasks under an action or project, and sub-tasks. A safeguard's tasks keep the numbering they had (they
     * are usually unnumbered paragraphs); sections and items are numbered as the document numbers them.
     */
    public boolean numbersChildrenByPosition() {
        return this == ACTION || this == PROJECT || this == TASK;
    }

    /** Whether a node of this kind may sit directly under a node of the given kind (or at the root when null). */
    public boolean mayBeChildOf(NodeKind parent) {
        if (parent == null) {
            return this == SECTION;
        }
        return switch (this) {
            case SECTION -> false;
            case ACTION, PROJECT, SAFEGUARD -> parent == SECTION;
            case TASK -> parent.isItem();
            case SUBTASK -> parent == TASK;
        };
    }
}
