package org.kesudesk.ui.exchange;

import org.kesudesk.exchange.PlanMerge;

/**
 * What an import would change, for the user to review before anything is stored: an exchange file's, a filled-in
 * ledger's, a revised document's, a county's plan derived again.
 *
 * @param header  who sent it and how it was checked
 * @param summary counts of rows added, changed and removed, and anything else to know first
 * @param confirm what the button that stores it says (导入, 更新)
 */
public record ChangeReview(String title, String header, String summary, PlanMerge.Result merge, String confirm) {

    /** A review whose button says 导入. */
    public ChangeReview(String title, String header, String summary, PlanMerge.Result merge) {
        this(title, header, summary, merge, org.kesudesk.l10n.Messages.get("exchange.preview.import"));
    }
}
