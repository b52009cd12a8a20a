package org.kesudesk.logic;

import java.util.List;
import java.util.stream.Collectors;

import org.kesudesk.l10n.UserFacingException;

/** A plan (or a file's rows) that breaks the content rules; nothing of it was stored. */
public final class InvalidContentException extends UserFacingException {

    private final transient List<PlanContentCheck.Violation> violations;

    public InvalidContentException(List<PlanContentCheck.Violation> violations) {
        super("content.error.invalid", violations.size(), listed(violations));
        this.violations = List.copyOf(violations);
    }

    public List<PlanContentCheck.Violation> violations() {
        return violations;
    }

    private static String listed(List<PlanContentCheck.Violation> violations) {
        String shown = violations.stream().limit(PlanContentCheck.LISTED).map(v -> "· " + v.text())
                .collect(Collectors.joining("\n"));
        int more = violations.size() - PlanContentCheck.LISTED;
        return more > 0 ? shown + "\n" + org.kesudesk.l10n.Messages.get("content.error.more", more) : shown;
    }
}
