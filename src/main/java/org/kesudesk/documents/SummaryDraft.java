package org.kesudesk.documents;

import java.util.List;
import java.util.Objects;

/**
 * The draft of a year's (or a round's) 工作总结: the round's figures in a sentence, then under the plan's sections,
 * actions and projects every task with what each of its units reported, and the tasks still late; text as the
 * draft prints it, for the clerk to edit in Word. Made by the progress service from the round's reports.
 */
public record SummaryDraft(String title, String figures, List<Section> sections, List<String> late) {

    public SummaryDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(figures, "figures");
        sections = List.copyOf(sections);
        late = List.copyOf(late);
    }

    /** A section of the plan (一、…) and its actions or projects. */
    public record Section(String heading, List<Item> items) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            items = List.copyOf(items);
        }
    }

    /** An action or project (（一）…) and its tasks; no heading for the item a section is itself. */
    public record Item(String heading, List<Task> tasks) {
        public Item {
            Objects.requireNonNull(heading, "heading");
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * A task (numbered as the plan numbers it; empty for an item's own task, which its item's heading names) and
     * its units' reports, as paragraphs.
     */
    public record Task(String title, List<String> reports) {
        public Task {
            Objects.requireNonNull(title, "title");
            reports = List.copyOf(reports);
        }
    }
}
