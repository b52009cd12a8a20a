package org.kesudesk.ui.documents;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.documents.RenderedDocument;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Unit;
import org.kesudesk.ui.FailureMessages;
import org.kesudesk.ui.PlanWorkspace;
import org.kesudesk.ui.task.BackgroundTask;

/**
 * 生成公文: which document, the notice's header fields (from the plan, editable), a preview page by page with zoom,
 * and saving as PDF, DOCX or OFD, or printing. Rendering, drawing pages, saving and printing run in the background.
 */
public final class DocumentsViewModel {

    /** The preview's pixels per point at 100 %: actual size on a 96 dpi screen. */
    private static final float PREVIEW_SCALE = 96f / 72f;

    private final PlanWorkspace workspace;
    private final DocumentRenderer renderer;

    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>(DocumentKind.NOTICE);
    /** For a unit list: the unit, or null for every unit. */
    private final ObjectProperty<String> unit = new SimpleObjectProperty<>();
    private final ObservableList<String> unitNames = FXCollections.observableArrayList();
    private final BooleanProperty divisionAttached = new SimpleBooleanProperty(false);
    /** Every unit's list made for paper printed on one side: no blank back between two units' lists. */
    private final BooleanProperty oneSide = new SimpleBooleanProperty(false);
    private final StringProperty masthead = new SimpleStringProperty("");
    private final StringProperty docNumber = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty addressees = new SimpleStringProperty("");
    private final StringProperty noticeBody = new SimpleStringProperty("");
    private final StringProperty signature = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty annotation = new SimpleStringProperty("");
    private final StringProperty copiedTo = new SimpleStringProperty("");
    private final StringProperty printedBy = new SimpleStringProperty("");
    /** 紧急程度: this document's, never kept in the plan. */
    private final ObjectProperty<org.kesudesk.model.Urgency> urgency =
            new SimpleObjectProperty<>(org.kesudesk.model.Urgency.NONE);
    private final StringProperty printedDate = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<RenderedDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    /** 75 % at first: a whole page's width fits the window. */
    private final DoubleProperty zoom = new SimpleDoubleProperty(0.75);
    private final ReadOnlyObjectWrapper<RenderedDocument.PagePixels> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Which of GB/T 9704's formats the notice is printed in, as its 文号 says: 文件格式 or 信函格式. */
    private final ReadOnlyStringWrapper noticeFormat = new ReadOnlyStringWrapper("");
    /** The characters the document's fonts lack (blank in a PDF, an OFD, a print), if any. */
    private final ReadOnlyStringWrapper missingCharacters = new ReadOnlyStringWrapper("");

    public DocumentsViewModel(PlanWorkspace workspace, DocumentRenderer renderer) {
        this(workspace, renderer, org.kesudesk.logic.Preferences.inMemory());
    }

    /** @param preferences where the user's choice of one-sided printing is kept */
    public DocumentsViewModel(PlanWorkspace workspace, DocumentRenderer renderer,
                              org.kesudesk.logic.Preferences preferences) {
        this.workspace = workspace;
        this.renderer = renderer;
        oneSide.set(preferences.printsOneSide());
        oneSide.addListener((observable, old, now) -> {
            preferences.setPrintsOneSide(now);
            forget();
        });
        resetHeader();
        PlanDocument plan = workspace.planProperty().get();
        if (plan != null) {
            unitNames.setAll(workspace.catalogue().stream().map(Unit::name).toList());
        }
        // what was rendered no longer matches the choice: say so, rather than show an outdated preview as current
        kind.addListener((observable, old, now) -> forget());
        unit.addListener((observable, old, now) -> forget());
        divisionAttached.addListener((observable, old, now) -> forget());
        zoom.addListener((observable, old, now) -> showPage());
        // a 文号 changed to a 函's (or back) changes the issuer's 标志 with it: 函 are printed without 文件
        javafx.beans.InvalidationListener letterOrNot = observable -> {
            boolean letter = org.kesudesk.model.PlanNotice.isLetter(docNumber.get(), title.get());
            masthead.set(NoticeHeader.mastheadFor(masthead.get(), signature.get(), letter));
            noticeFormat.set(Messages.get(letter ? "documents.header.format.letter" : "documents.header.format.file"));
        };
        letterOrNot.invalidated(docNumber);
        docNumber.addListener(letterOrNot);
        title.addListener(letterOrNot);
        workspace.planProperty().addListener(new javafx.beans.value.WeakChangeListener<>(noticeChanged));
    }

    /** The notice's fields as this window last kept them in the plan, if it did. */
    private org.kesudesk.model.Plan kept;

    /**
     * The plan's notice changed by something other than this window's 保存到方案 (撤销 in the main window, another
     * clerk, an imported file): the fields show it, so that what is printed is what the plan now says. Held here,
     * and listened to weakly, so that the plan does not keep a closed window's view model.
     */
    private final javafx.beans.value.ChangeListener<PlanDocument> noticeChanged = (observable, was, now) -> {
        if (was != null && now != null && was.plan().id().equals(now.plan().id())
                && !was.plan().sameNotice(now.plan()) && (kept == null || !kept.sameNotice(now.plan()))) {
            resetHeader();
        }
    };

    /** Puts the header fields back to what the plan says. */
    public void resetHeader() {
        PlanDocument plan = workspace.planProperty().get();
        if (plan == null) {
            return;
        }
        NoticeHeader header = NoticeHeader.of(plan.plan());
        masthead.set(header.masthead());
        docNumber.set(header.docNumber());
        title.set(header.title());
        addressees.set(header.addressees());
        noticeBody.set(header.noticeBody());
        signature.set(header.signature());
        date.set(header.date());
        annotation.set(header.annotation());
        copiedTo.set(header.copiedTo());
        printedBy.set(header.printedBy());
        printedDate.set(header.printedDate());
        urgency.set(header.urgency());
    }

    /**
     * 保存到方案: the header's fields kept in the plan, so that every later document prints them (an edit like any
     * other: 撤销 in the main window takes it back). A field the plan cannot keep (a 发文机关标志 other than the
     * 署名's, a date that is no date) is said, and nothing is kept.
     */
    public void keepHeader() {
        PlanDocument plan = workspace.planProperty().get();
        if (plan == null) {
            return;
        }
        org.kesudesk.model.Plan kept;
        try {
            kept = header().keptIn(plan.plan());
        } catch (UserFacingException refused) {
            status.set(refused.userMessage());
            workspace.dialogs().showError(Messages.get("documents.header.keep.title"), refused.userMessage());
            return;
        }
        if (kept.sameNotice(plan.plan())) {
            status.set(Messages.get("documents.status.keptAlready"));
            return;
        }
        this.kept = kept;
        workspace.apply(workspace.editor().updateNotice(plan.plan(), kept));
        // a 印发机关 or 印发日期 left as shown follows the 署名 and date as kept: shown as the documents print it
        NoticeHeader printed = NoticeHeader.of(kept);
        printedBy.set(printed.printedBy());
        printedDate.set(printed.printedDate());
        status.set(Messages.get("documents.status.kept"));
    }

    /** The header as the fields now say. */
    public NoticeHeader header() {
        return new NoticeHeader(masthead.get(), docNumber.get(), title.get(), addressees.get(), noticeBody.get(),
                signature.get(), date.get(), annotation.get(), copiedTo.get(), printedBy.get(), printedDate.get(),
                urgency.get() == null ? org.kesudesk.model.Urgency.NONE : urgency.get());
    }

    /** Lays the document out (in the background) and shows its first page. */
    public void render() {
        PlanDocument plan = workspace.planProperty().get();
        if (plan == null || busy.get()) {
            return;
        }
        DocumentKind chosen = kind.get();
        NoticeHeader header = header();
        Optional<String> chosenUnit = chosen == DocumentKind.UNIT_LIST ? Optional.ofNullable(unit.get())
                : Optional.empty();
        boolean attached = chosen == DocumentKind.NOTICE && divisionAttached.get();
        org.kesudesk.documents.PaperSides sides = oneSide.get() ? org.kesudesk.documents.PaperSides.ONE_SIDE
                : org.kesudesk.documents.PaperSides.BOTH_SIDES;
        run(Messages.get("documents.status.rendering"),
                () -> {
                    RenderedDocument rendered = renderer.render(chosen, plan, header, chosenUnit, attached,
                            workspace.progress().deadlineWords(plan), sides);
                    // looked for here, off the UI thread: every character of every page
                    rendered.missingCharacters();
                    return rendered;
                },
                rendered -> {
                    document.set(rendered);
                    missingCharacters.set(rendered.missingCharactersText().orElse(""));
                    pageCount.set(rendered.pageCount());
                    pageIndex.set(0);
                    status.set(rendered.blankPages() > 0
                            ? Messages.get(chosen == DocumentKind.UNIT_LIST ? "documents.status.renderedWithBlankBacks"
                            : "documents.status.renderedWithBlank", rendered.pageCount(), rendered.blankPages())
                            : Messages.get("documents.status.rendered", rendered.pageCount()));
                    showPage();
                });
    }

    public void nextPage() {
        goToPage(pageIndex.get() + 1);
    }

    public void previousPage() {
        goToPage(pageIndex.get() - 1);
    }

    public void goToPage(int index) {
        int target = Math.max(0, Math.min(index, pageCount.get() - 1));
        if (document.get() != null && target != pageIndex.get()) {
            pageIndex.set(target);
            showPage();
        }
    }

    public void zoomIn() {
        zoom.set(Math.min(3.0, zoom.get() + 0.25));
    }

    public void zoomOut() {
        zoom.set(Math.max(0.5, zoom.get() - 0.25));
    }

    /** Asks where, then saves the document shown as PDF, DOCX or OFD. */
    public void save(OutputFormat format) {
        RenderedDocument shown = document.get();
        if (shown == null || busy.get()) {
            return;
        }
        String name = Messages.get("documents.kind." + kind.get().name());
        // offered under the document's own name (关于印发…的通知.pdf), as offices file their documents
        String fileName = org.kesudesk.files.FileNames.safe(shown.name().isBlank() ? name : shown.name());
        workspace.dialogs().chooseSaveFile(Messages.get("documents.save.title"), fileName, format.extension())
                .ifPresent(file -> run(Messages.get("documents.status.saving"), () -> {
                    shown.save(file, format);
                    return file;
                }, saved -> {
                    status.set(Messages.get("documents.status.saved", saved));
                    workspace.dialogs().showSaved(Messages.get("documents.save.title"),
                            Messages.get("documents.saved.header", name), Messages.get("documents.status.saved", saved),
                            saved);
                }));
    }

    /** Prints the document shown through the system's print dialog. */
    public void print() {
        RenderedDocument shown = document.get();
        if (shown == null || busy.get()) {
            return;
        }
        run(Messages.get("documents.status.printing"), () -> shown.print(true), sent -> status.set(
                Messages.get(sent ? "documents.status.printed" : "documents.status.printCancelled")));
    }

    private void showPage() {
        RenderedDocument shown = document.get();
        if (shown == null) {
            return;
        }
        int index = pageIndex.get();
        float scale = (float) (zoom.get() * PREVIEW_SCALE);
        workspace.executeApart(BackgroundTask.of(() -> shown.pagePixels(index, scale))
                .onSuccess(pixels -> {
                    if (document.get() == shown && pageIndex.get() == index) {
                        page.set(pixels);
                    }
                })
                .onFailure(this::failed));
    }

    private void forget() {
        document.set(null);
        missingCharacters.set("");
        page.set(null);
        pageCount.set(0);
        pageIndex.set(0);
        status.set(Messages.get("documents.status.changed"));
    }

    private <T> void run(String doing, Callable<T> work, Consumer<T> then) {
        busy.set(true);
        status.set(doing);
        // rendering, saving and printing store nothing: apart from the edits, which a print dialog would hold back
        workspace.executeApart(BackgroundTask.of(work)
                .onSuccess(result -> {
                    busy.set(false);
                    then.accept(result);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    failed(failure);
                }));
    }

    private void failed(Exception failure) {
        String message = FailureMessages.of(Messages.get("documents.doing"), failure);
        status.set(message);
        workspace.dialogs().showError(Messages.get("documents.error.title"), message);
    }

    // --- properties -------------------------------------------------------------------------------------------

    public ObjectProperty<DocumentKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> unitProperty() {
        return unit;
    }

    /** Whether the notice carries the division table as its attachment. */
    /** Whether every unit's list is made for paper printed on one side (kept for this user). */
    public BooleanProperty oneSideProperty() {
        return oneSide;
    }

    public BooleanProperty divisionAttachedProperty() {
        return divisionAttached;
    }

    public ObservableList<String> unitNames() {
        return unitNames;
    }

    public List<StringProperty> headerFields() {
        return List.of(masthead, docNumber, title, addressees, noticeBody, signature, date, annotation, copiedTo,
                printedBy, printedDate);
    }

    /** A 紧急程度 as the window names it: 特急, 加急, or 无. */
    public static String urgencyName(org.kesudesk.model.Urgency urgency) {
        return urgency == null || urgency == org.kesudesk.model.Urgency.NONE
                ? Messages.get("documents.header.urgency.none") : urgency.mark();
    }

    /** The document's 紧急程度 (none unless chosen; not kept in the plan). */
    public ObjectProperty<org.kesudesk.model.Urgency> urgencyProperty() {
        return urgency;
    }

    public StringProperty docNumberProperty() {
        return docNumber;
    }

    /** What to tell the user of the characters the document's fonts lack; empty when it has none. */
    public ReadOnlyStringProperty missingCharactersProperty() {
        return missingCharacters.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RenderedDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyObjectProperty<RenderedDocument.PagePixels> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeFormatProperty() {
        return noticeFormat.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
