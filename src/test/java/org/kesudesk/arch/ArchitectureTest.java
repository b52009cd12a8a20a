package org.kesudesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules: {@code model} ← {@code logic}/{@code store} ← {@code ui} and {@code cli}. SQL and jOOQ live in
 * {@code store} only; JavaFX in {@code ui} only; only {@code cli} writes to the console.
 */
@AnalyzeClasses(packages = "org.kesudesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "org.kesudesk.model..";
    private static final String STORE = "org.kesudesk.store..";
    private static final String LOGIC = "org.kesudesk.logic..";
    private static final String UI = "org.kesudesk.ui..";
    private static final String CLI = "org.kesudesk.cli..";
    private static final String L10N = "org.kesudesk.l10n..";
    private static final String PARSE = "org.kesudesk.parse..";
    private static final String DOCUMENTS = "org.kesudesk.documents..";
    private static final String EXCHANGE = "org.kesudesk.exchange..";
    private static final String FILES = "org.kesudesk.files..";
    private static final String TEXT = "org.kesudesk.text..";

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", MODEL)
            .because("the model is plain records with no dependencies");

    @ArchTest
    static final ArchRule theWordsOfATextDependOnlyOnTheSegmenter = noClasses().that().resideInAPackage(TEXT)
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", TEXT, MODEL, "org.apache.lucene..",
                    "com.ibm.icu..")
            .because("the parser and the documents read a text's words the same way, from one place");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesSqlOrJooq = noClasses().that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..",
                    "org.flywaydb..", "javax.sql..")
            .because("UI and CLI code never touch jOOQ or SQL; repositories return model records");

    @ArchTest
    static final ArchRule nothingOutsideTheStoreSeesTheGeneratedClasses = noClasses()
            .that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAPackage("org.kesudesk.store.jooq..");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses().that().resideOutsideOfPackage(UI)
            .and().doNotHaveFullyQualifiedName("org.kesudesk.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("services and the CLI run headless");

    @ArchTest
    static final ArchRule dialogsAreOwnedThroughTheDialogService = noClasses()
            .that().doNotHaveFullyQualifiedName("org.kesudesk.ui.DialogService")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.base.DescribedPredicate.describe("Dialog.initOwner (or a subclass's)",
                            target -> target.getName().equals("initOwner")
                                    && target.getOwner().isAssignableTo(javafx.scene.control.Dialog.class))))
            .because("a dialog is a scene of its own: DialogService.likeOwner gives it the window's style sheets, "
                    + "bundled font and text size, which initOwner alone does not");

    @ArchTest
    static final ArchRule servicesDoNotDependOnTheirCallers = noClasses()
            .that().resideInAnyPackage(STORE, LOGIC, MODEL, L10N, PARSE, DOCUMENTS, EXCHANGE, FILES, TEXT)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI);

    @ArchTest
    static final ArchRule theParserStoresNothing = noClasses().that().resideInAPackage(PARSE)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, LOGIC)
            .because("reading a document never changes the database; the import service stores what the user accepted");

    @ArchTest
    static final ArchRule onlyTheParserTheLedgerAndTheDocumentsUsePoi = noClasses().that()
            .resideOutsideOfPackages(PARSE, EXCHANGE, DOCUMENTS)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
            .because("Word documents are read by the parser and written by the documents, Excel files (ledgers, the "
                    + "audit log exported) made and read by the exchange; nothing else needs POI");

    @ArchTest
    static final ArchRule onlyTheDocumentsUseJasperReports = noClasses().that().resideOutsideOfPackage(DOCUMENTS)
            .should().dependOnClassesThat().resideInAnyPackage("net.sf.jasperreports..")
            .because("views and commands ask for documents; templates, filling and exporting stay in one place, "
                    + "and JasperReports loads only when a document is made");

    @ArchTest
    static final ArchRule onlyTheDocumentsWriteOfd = noClasses().that().resideOutsideOfPackage(DOCUMENTS)
            .should().dependOnClassesThat().resideInAnyPackage("org.ofdrw..")
            .because("OFD is one more format of the documents, written from their pages in one place");

    @ArchTest
    static final ArchRule onlyTheDocumentsDrawCharts = noClasses().that().resideOutsideOfPackage(DOCUMENTS)
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
            .because("a document's charts are drawn where its pages are laid out; the window draws its own");

    @ArchTest
    static final ArchRule documentsNeitherStoreNorEdit = noClasses().that().resideInAPackage(DOCUMENTS)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, LOGIC)
            .because("a document is made from a plan as given; it changes nothing");

    @ArchTest
    static final ArchRule uiAndCliDoNotDependOnEachOther = slices().matching("org.kesudesk.(ui|cli)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule onlyTheCliWritesToTheConsole = noClasses().that().resideOutsideOfPackage(CLI)
            .should(ACCESS_STANDARD_STREAMS)
            .because("everything else logs through SLF4J or shows text in the window");

    @ArchTest
    static final ArchRule everyViewOfAPlansStructureUsesThePlanTree = noClasses()
            .that().resideInAnyPackage("org.kesudesk.ui.plan..", "org.kesudesk.ui.importing..",
                    "org.kesudesk.ui.matrix..", "org.kesudesk.ui.units..", "org.kesudesk.ui.audit..")
            .should().callConstructor(javafx.scene.control.TreeView.class)
            .orShould().callConstructor(javafx.scene.control.TreeItem.class)
            .orShould().callConstructor(javafx.scene.control.TreeItem.class, Object.class)
            .because("one plan tree component (ui.tree.PlanTree) serves the import review and the editor");

    @ArchTest
    static final ArchRule commandsNameThePlanTheyActOn = noClasses().that().resideInAPackage(CLI)
            .should().callMethod(org.kesudesk.store.PlanRepository.class, "ownPlan")
            .because("a command's plan is the one --plan names, or the office's own, through logic.PlanChoice");

    @ArchTest
    static final ArchRule everyIdentifierIsMadeByIds = noClasses().that().doNotHaveFullyQualifiedName(
                    org.kesudesk.model.Ids.class.getName())
            .should().callMethod(java.util.UUID.class, "randomUUID")
            .because("new rows get time-ordered ids (model.Ids), which the database stores at the end of its indexes");
}
