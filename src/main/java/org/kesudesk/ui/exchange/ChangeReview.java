package org.kesudesk.ui.exchange;

import org.kesudesk.exchange.PlanMerge;

/**
 * What an import would change, for the user to review before anything is stored: an exchange file's or a
 * filled-in ledger's.
 *
 * @param header  who sent it and how it was checked
 * @param summary counts of rows added, changed and removed, and anything else to know first
 */
public record ChangeReview(String title, String header, String summary, PlanMerge.Result merge) {
}
