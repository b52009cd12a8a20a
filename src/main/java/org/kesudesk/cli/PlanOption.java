package org.kesudesk.cli;

import java.util.Optional;

import org.kesudesk.logic.PlanChoice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;

import picocli.CommandLine.Option;

/**
 * {@code --plan REF}: the plan a command acts on — an id (or its first characters) or a region's code; without it,
 * the office's own region's plan ({@link PlanChoice}).
 */
final class PlanOption {

    @Option(names = "--plan", paramLabel = "REF", descriptionKey = "plan.option")
    String reference;

    PlanDocument open(Database database) {
        return PlanChoice.open(database, Optional.ofNullable(reference));
    }
}
