package org.kesudesk.ui.documents;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.documents.RenderedDocument;
import org.kesudesk.l10n.Messages;

/**
 * 生成公文: on the left what to make (and the notice's header fields), in the middle the pages as they will print,
 * below the ways out (PDF, Word, printer). PageUp / PageDown turn the pages.
 */
public final class DocumentsView extends BorderPane {

    /** The labels of the view model's header fields, in their order. */
    private static final List<String> HEADER_LABELS = List.of("documents.header.masthead",
            "documents.header.docNumber", "documents.header.title", "documents.header.addressees",
            "documents.header.noticeBody", "documents.header.signature", "documents.header.date",
            "documents.header.annotation", "documents.header.copiedTo", "documents.header.printedBy",
            "documents.header.printedDate");

    private final DocumentsViewModel viewModel;
    private final ImageView preview = new ImageView();

    public DocumentsView(DocumentsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("documents-view");
        setLeft(choices());
        setCenter(previewPane());
        setBottom(actions());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.PAGE_DOWN) {
                viewModel.nextPage();
                event.consume();
            } else if (event.getCode() == KeyCode.PAGE_UP) {
                viewModel.previousPage();
                event.consume();
            }
        });
        viewModel.pageProperty().addListener((observable, old, pixels) -> show(pixels));
    }

    private Region choices() {
        ComboBox<DocumentKind> kind = new ComboBox<>();
        kind.setId("documentKind");
        kind.getItems().setAll(DocumentKind.values());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentKind value) {
                return value == null ? "" : Messages.get("documents.kind." + value.name());
            }

            @Override
            public DocumentKind fromString(String text) {
                return null;
            }
        });

        // searchable (ControlsFX): typing part of a name finds the unit among dozens
        ComboBox<String> unit = new org.controlsfx.control.SearchableComboBox<>();
        unit.setId("documentUnit");
        unit.getItems().add(null);
        unit.getItems().addAll(viewModel.unitNames());
        unit.valueProperty().bindBidirectional(viewModel.unitProperty());
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? Messages.get("documents.allUnits") : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        unit.disableProperty().bind(viewModel.kindProperty().isNotEqualTo(DocumentKind.UNIT_LIST));
        // every unit's list, handed out unit by unit: on a printer that prints one side only, no blank backs
        CheckBox oneSide = new CheckBox(Messages.get("documents.oneSide"));
        oneSide.setId("oneSideLists");
        oneSide.setWrapText(true);
        oneSide.setTooltip(new javafx.scene.control.Tooltip(Messages.get("documents.oneSide.tip")));
        oneSide.selectedProperty().bindBidirectional(viewModel.oneSideProperty());
        oneSide.visibleProperty().bind(viewModel.kindProperty().isEqualTo(DocumentKind.UNIT_LIST)
                .and(viewModel.unitProperty().isNull()));
        oneSide.managedProperty().bind(oneSide.visibleProperty());
        rendersOnEnter(oneSide);

        GridPane header = new GridPane();
        header.setHgap(6);
        header.setVgap(6);
        List<StringProperty> fields = viewModel.headerFields();
        for (int i = 0; i < fields.size(); i++) {
            String key = HEADER_LABELS.get(i);
            String name = key.substring(key.lastIndexOf('.') + 1);
            // the title may carry the clerk's own line breaks (Enter), which the typesetting keeps; the 主送机关 and
            // 抄送 are long single paragraphs: shown whole on two wrapped lines, Enter making the preview as elsewhere
            boolean paragraph = name.equals("addressees") || name.equals("copiedTo");
            // the 附注 may be several, one a line
            TextInputControl input = name.equals("noticeBody") || name.equals("title") || name.equals("annotation")
                    || paragraph ? new TextArea() : new TextField();
            if (input instanceof TextArea area) {
                area.setPrefRowCount(name.equals("noticeBody") ? 4 : name.equals("annotation") ? 1 : 2);
                area.setWrapText(true);
            }
            if (paragraph) {
                input.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
                    if (event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                        event.consume();
                        viewModel.render();
                    }
                });
            }
            if (name.equals("annotation")) {
                input.setPromptText(Messages.get("documents.header.annotation.prompt"));
            }
            if (name.equals("title")) {
                input.setPromptText(Messages.get("documents.header.title.prompt"));
                input.setTooltip(new javafx.scene.control.Tooltip(Messages.get("documents.header.title.prompt")));
            }
            input.setId("header-" + name);
            input.textProperty().bindBidirectional(fields.get(i));
            Label label = new Label(Messages.get(key));
            label.setLabelFor(input);
            label.setMinWidth(Region.USE_PREF_SIZE);
            header.addRow(i + 1, label, input);
            GridPane.setHgrow(input, Priority.ALWAYS);
        }
        // 紧急程度 first, where the document prints it (above the 标志); this document's alone
        ComboBox<org.kesudesk.model.Urgency> urgency = new ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(org.kesudesk.model.Urgency.values()));
        urgency.setId("header-urgency");
        urgency.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.kesudesk.model.Urgency value) {
                return DocumentsViewModel.urgencyName(value);
            }

            @Override
            public org.kesudesk.model.Urgency fromString(String text) {
                return org.kesudesk.model.Urgency.of(text).orElse(org.kesudesk.model.Urgency.NONE);
            }
        });
        urgency.valueProperty().bindBidirectional(viewModel.urgencyProperty());
        urgency.setTooltip(new javafx.scene.control.Tooltip(Messages.get("documents.header.urgency.tip")));
        Label urgencyLabel = new Label(Messages.get("documents.header.urgency"));
        urgencyLabel.setLabelFor(urgency);
        urgencyLabel.setMinWidth(Region.USE_PREF_SIZE);
        header.addRow(0, urgencyLabel, urgency);
        Button reset = new Button(Messages.get("documents.header.reset"));
        reset.setOnAction(event -> viewModel.resetHeader());
        CheckBox attach = new CheckBox(Messages.get("documents.withDivision"));
        attach.setId("attachDivision");
        attach.selectedProperty().bindBidirectional(viewModel.divisionAttachedProperty());
        rendersOnEnter(attach);
        Label heading = new Label(Messages.get("documents.header.heading"));
        heading.setWrapText(true);
        // what the clerk filled in (a county's 文号 and date once it issues the plan) kept for every later document
        Button keep = new Button(Messages.get("documents.header.keep"));
        keep.setId("keepHeaderButton");
        keep.setOnAction(event -> viewModel.keepHeader());
        keep.disableProperty().bind(viewModel.busyProperty());
        // the two buttons under the heading that names them, in sight without scrolling past eleven fields
        // 文件格式 or 信函格式, as the 文号 says (a 函's 版头 and 版记 differ: GB/T 9704 10.1)
        Label format = new Label();
        format.setId("noticeFormat");
        format.setWrapText(true);
        format.textProperty().bind(viewModel.noticeFormatProperty());
        VBox headerBox = new VBox(6, attach, heading, new javafx.scene.layout.HBox(8, reset, keep), format, header);
        headerBox.visibleProperty().bind(viewModel.kindProperty().isEqualTo(DocumentKind.NOTICE));
        headerBox.managedProperty().bind(headerBox.visibleProperty());

        Button render = new Button(Messages.get("documents.render"));
        render.setId("renderButton");
        render.setDefaultButton(true);
        render.setOnAction(event -> viewModel.render());
        render.disableProperty().bind(viewModel.busyProperty());

        VBox box = new VBox(8, new Label(Messages.get("documents.kind")), kind, new Label(Messages.get("documents.unit")),
                unit, oneSide, headerBox);
        box.setPadding(new Insets(10));
        box.setPrefWidth(360);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        // under the fields, outside their scrolling: in sight on a 768-pixel screen however long the header is
        HBox renderRow = new HBox(render);
        renderRow.setPadding(new Insets(8, 10, 8, 10));
        return new BorderPane(scroll, null, null, renderRow, null);
    }

    /**
     * Enter on a check box makes the preview, as it does from the fields (a check box takes Enter for itself, which
     * keeps it from the 生成预览 button): checked with Space, then Enter, the keyboard never leaves it.
     */
    private void rendersOnEnter(CheckBox box) {
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                event.consume();
                viewModel.render();
            }
        });
    }

    private Region previewPane() {
        Button previous = new Button(Messages.get("documents.page.previous"));
        previous.setId("previousPageButton");
        previous.setOnAction(event -> viewModel.previousPage());
        previous.disableProperty().bind(viewModel.pageIndexProperty().lessThanOrEqualTo(0));
        Button next = new Button(Messages.get("documents.page.next"));
        next.setId("nextPageButton");
        next.setOnAction(event -> viewModel.nextPage());
        next.disableProperty().bind(viewModel.pageIndexProperty().greaterThanOrEqualTo(
                viewModel.pageCountProperty().subtract(1)));
        Label pageLabel = new Label();
        pageLabel.setId("pageLabel");
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.pageCountProperty().get() == 0 ? ""
                        : Messages.get("documents.page.of", viewModel.pageIndexProperty().get() + 1,
                        viewModel.pageCountProperty().get()),
                viewModel.pageIndexProperty(), viewModel.pageCountProperty()));
        Button zoomOut = new Button(Messages.get("documents.zoom.out"));
        zoomOut.setOnAction(event -> viewModel.zoomOut());
        Button zoomIn = new Button(Messages.get("documents.zoom.in"));
        zoomIn.setOnAction(event -> viewModel.zoomIn());
        Label zoomLabel = new Label();
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(viewModel.zoomProperty().get() * 100) + "%", viewModel.zoomProperty()));
        HBox tools = new HBox(8, previous, pageLabel, next, new Label("  "), zoomOut, zoomLabel, zoomIn);
        tools.setAlignment(Pos.CENTER);
        tools.setPadding(new Insets(6));
        tools.disableProperty().bind(viewModel.documentProperty().isNull());

        preview.setId("previewImage");
        preview.setPreserveRatio(true);
        Label placeholder = new Label(Messages.get("documents.preview.placeholder"));
        placeholder.visibleProperty().bind(viewModel.pageProperty().isNull());
        StackPane page = new StackPane(preview, placeholder);
        page.setPadding(new Insets(12));
        page.getStyleClass().add("document-preview");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // the characters a PDF, an OFD or a print would leave blank, said above the pages they are on
        Label missing = new Label();
        missing.setId("missingCharacters");
        missing.getStyleClass().add("field-message");
        missing.setMaxWidth(Double.MAX_VALUE);
        missing.textProperty().bind(viewModel.missingCharactersProperty());
        missing.visibleProperty().bind(viewModel.missingCharactersProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());
        missing.setPadding(new Insets(0, 12, 6, 12));
        // the folder a font with them goes in is under the hidden AppData on Windows: opened for the clerk
        Button fontFolder = new Button(Messages.get("documents.missing.openFontFolder"));
        fontFolder.setId("openFontFolderButton");
        fontFolder.setOnAction(event -> org.kesudesk.ui.DesktopFiles.open(
                org.kesudesk.documents.DocumentFontSets.fontFolder()));
        fontFolder.visibleProperty().bind(missing.visibleProperty());
        fontFolder.managedProperty().bind(fontFolder.visibleProperty());
        // its name whole however long the message beside it (which wraps instead)
        fontFolder.setMinWidth(Region.USE_PREF_SIZE);
        HBox missingLine = new HBox(8, missing, fontFolder);
        missingLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        missingLine.setPadding(new Insets(0, 12, 6, 0));
        HBox.setHgrow(missing, Priority.ALWAYS);
        missing.setWrapText(true);
        return new BorderPane(scroll, new VBox(tools, missingLine), null, null, null);
    }

    private Region actions() {
        Button pdf = new Button(Messages.get("documents.save.pdf"));
        pdf.setId("savePdfButton");
        pdf.setOnAction(event -> viewModel.save(OutputFormat.PDF));
        Button docx = new Button(Messages.get("documents.save.docx"));
        docx.setId("saveDocxButton");
        docx.setOnAction(event -> viewModel.save(OutputFormat.DOCX));
        Button ofd = new Button(Messages.get("documents.save.ofd"));
        ofd.setId("saveOfdButton");
        ofd.setOnAction(event -> viewModel.save(OutputFormat.OFD));
        Button print = new Button(Messages.get("documents.print"));
        print.setId("printButton");
        print.setOnAction(event -> viewModel.print());
        for (Button button : List.of(pdf, docx, ofd, print)) {
            button.disableProperty().bind(viewModel.documentProperty().isNull().or(viewModel.busyProperty()));
        }
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(viewModel.busyProperty());
        Label status = new Label();
        status.setId("documentStatus");
        status.textProperty().bind(viewModel.statusProperty());
        HBox box = new HBox(8, pdf, docx, ofd, print, progress, status);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8));
        return box;
    }

    private void show(RenderedDocument.PagePixels pixels) {
        if (pixels == null) {
            preview.setImage(null);
            return;
        }
        WritableImage image = new WritableImage(pixels.width(), pixels.height());
        image.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(), PixelFormat.getIntArgbInstance(),
                pixels.argb(), 0, pixels.width());
        preview.setImage(image);
    }
}
