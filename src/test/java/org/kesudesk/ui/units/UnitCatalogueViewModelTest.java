package org.kesudesk.ui.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.model.Duty;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitLiaison;
import org.kesudesk.testsupport.TestPlans;
import org.kesudesk.ui.WorkspaceFixture;

class UnitCatalogueViewModelTest {

    @TempDir
    Path folder;
    private WorkspaceFixture fixture;
    private UnitCatalogueViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = new WorkspaceFixture(folder, TestPlans.countyPlan());
        viewModel = new UnitCatalogueViewModel(fixture.workspace);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /**
     * Several names pasted into the new-unit box: asked about, then added as one edit, one undo taking them all off;
     * one the catalogue has refuses them all; a question declined adds nothing and keeps the box.
     */
    @Test
    void severalNamesPasted_areAskedAbout_andAddedTogether_orNoneOfThem() {
        int before = viewModel.units().size();

        assertThat(viewModel.add("县气象局、县应急管理局\n县档案馆")).isTrue();
        assertThat(fixture.dialogs.questions).singleElement().asString().contains("3 个单位名称")
                .contains("县气象局、县应急管理局、县档案馆");
        assertThat(viewModel.units()).extracting(Unit::name).endsWith("县气象局", "县应急管理局", "县档案馆");
        assertThat(fixture.workspace.undoTextProperty().get()).contains("县气象局、县应急管理局、县档案馆");
        fixture.workspace.undo();
        assertThat(viewModel.units()).hasSize(before);
        fixture.workspace.redo();
        assertThat(viewModel.units()).hasSize(before + 3);
        fixture.workspace.undo();

        // one of them the catalogue has: none added, the one named
        assertThat(viewModel.add("县气象局、县教育局")).isTrue();
        assertThat(fixture.errors).singleElement().asString().contains("县教育局");
        assertThat(viewModel.units()).hasSize(before).extracting(Unit::name).doesNotContain("县气象局");

        fixture.dialogs.confirmAnswer = false;
        assertThat(viewModel.add("县气象局、县应急管理局")).isFalse();
        assertThat(viewModel.units()).hasSize(before);
    }

    /** A list pasted into the rename box is asked about: declined, the unit keeps its name; confirmed, renamed. */
    @Test
    void aRenameToWhatReadsAsSeveralUnits_isAskedAbout() {
        Unit media = fixture.unit("县融媒体中心");
        fixture.dialogs.confirmAnswer = false;
        viewModel.rename(media, "县融媒体中心、县广播电视台");
        assertThat(fixture.dialogs.questions).singleElement().asString().contains("2 个单位")
                .contains("县融媒体中心、县广播电视台");
        assertThat(viewModel.units()).extracting(Unit::name).contains("县融媒体中心")
                .doesNotContain("县融媒体中心、县广播电视台");

        fixture.dialogs.confirmAnswer = true;
        viewModel.rename(media, "县融媒体中心、县广播电视台");
        assertThat(viewModel.units()).extracting(Unit::name).contains("县融媒体中心、县广播电视台");
        // one name is not asked about
        viewModel.rename(fixture.unit("县科协"), "县科学技术协会");
        assertThat(fixture.dialogs.questions).hasSize(2);
        assertThat(viewModel.units()).extracting(Unit::name).contains("县科学技术协会");
    }

    @Test
    void aUnitsDutiesAreListedInDocumentOrder() {
        viewModel.selectedProperty().set(fixture.unit("县教育局"));

        assertThat(viewModel.duties()).extracting(Duty::role, Duty::path).containsExactly(
                tuple(Role.LEAD, "（一）实施青少年科学素质提升行动"),
                tuple(Role.RESPONSIBLE, "（一）实施青少年科学素质提升行动 › 1.推进校内科学教育"),
                tuple(Role.RESPONSIBLE, "（一）实施青少年科学素质提升行动 › 2.培训科技辅导员"));
    }

    @Test
    void theEmptyDutiesList_asksForAUnit_saysItIsReading_orThatThereAreNone() {
        org.kesudesk.ui.task.DeferredTaskExecutor deferred = new org.kesudesk.ui.task.DeferredTaskExecutor();
        try (WorkspaceFixture slow = new WorkspaceFixture(folder.resolve("slow"), TestPlans.countyPlan(), deferred)) {
            deferred.deliver();
            UnitCatalogueViewModel slowModel = new UnitCatalogueViewModel(slow.workspace);
            // before a unit is chosen the list asks for one, rather than saying that it has no duties
            assertThat(slowModel.dutiesEmptyTextProperty().get()).contains("请在左侧选择一个单位");
            slowModel.selectedProperty().set(slow.unit("县科协"));
            slowModel.selectedProperty().set(slow.unit("县教育局"));

            assertThat(slowModel.loadingDutiesProperty().get()).isTrue();
            assertThat(slowModel.dutiesEmptyTextProperty().get()).contains("正在");
            assertThat(slowModel.duties()).isEmpty();

            deferred.deliver();

            assertThat(slowModel.loadingDutiesProperty().get()).isFalse();
            assertThat(slowModel.duties()).hasSize(3);
            slowModel.add("县气象局");
            deferred.deliver();
            slowModel.selectedProperty().set(slow.unit("县气象局"));
            deferred.deliver();
            assertThat(slowModel.dutiesEmptyTextProperty().get()).contains("没有牵头或负责的事项");
        }
    }

    @Test
    void addRenameMoveAndMerge() {
        viewModel.add("县气象局");
        assertThat(viewModel.units()).extracting(Unit::name).endsWith("县气象局");

        viewModel.rename(fixture.unit("县气象局"), "县气象台");
        assertThat(viewModel.units()).extracting(Unit::name).endsWith("县气象台");

        viewModel.move(fixture.unit("县气象台"), 0);
        assertThat(viewModel.units().get(0).name()).isEqualTo("县气象台");

        viewModel.merge(fixture.unit("团县委"), fixture.unit("县教育局"));
        assertThat(viewModel.units()).extracting(Unit::name).doesNotContain("团县委");
        assertThat(viewModel.selectedProperty().get().name()).isEqualTo("县教育局");
        assertThat(fixture.plan().items().get(0).children().get(0).responsibleUnits()).extracting(Unit::name)
                .containsExactly("县教育局");
        assertThat(fixture.errors).isEmpty();
    }

    @Test
    void aNameInUse_isRefusedWithAMessage_andNothingChanges() {
        int before = viewModel.units().size();

        viewModel.rename(fixture.unit("县科协"), "县教育局");

        assertThat(fixture.errors).singleElement().asString().contains("已经存在");
        assertThat(viewModel.units()).hasSize(before).extracting(Unit::name).contains("县科协");
    }

    @Test
    void aUnitsLiaison_isSetAsAnEdit_thatUndoTakesBack_andOneThatIsNoTelephoneIsRefused() throws Exception {
        Unit education = fixture.unit("县教育局");
        assertThat(viewModel.liaisonOf(education)).isEqualTo(UnitLiaison.NONE);

        viewModel.setLiaison(education, " 张三", "0452-2412345");

        UnitLiaison zhang = new UnitLiaison("张三", "0452-2412345");
        assertThat(viewModel.liaisonOf(education)).isEqualTo(zhang);
        assertThat(new org.kesudesk.store.UnitRepository(fixture.database).liaison(education.id())).isEqualTo(zhang);
        assertThat(fixture.workspace.undoTextProperty().get()).contains("设置“县教育局”的联络员");

        // as typed again, unchanged: no edit
        viewModel.setLiaison(education, "张三 ", "0452-2412345");
        fixture.workspace.undo();
        assertThat(viewModel.liaisonOf(education)).isEqualTo(UnitLiaison.NONE);
        fixture.workspace.redo();
        assertThat(viewModel.liaisonOf(education)).isEqualTo(zhang);

        viewModel.setLiaison(education, "张三", "找办公室");
        assertThat(fixture.errors).singleElement().asString().contains("联系电话“找办公室”不是电话号码");
        assertThat(new org.kesudesk.store.UnitRepository(fixture.database).liaison(education.id())).isEqualTo(zhang);
    }

    @Test
    void aLiaisonListChosen_isPreviewed_storedOnlyWhenTheUserAgrees_andShownAtOnce() throws Exception {
        Path list = org.kesudesk.testsupport.Workbooks.ofRows(folder.resolve("联络员名单.xlsx"), "名单",
                new String[]{"单位", "联络员", "手机"}, new String[]{"县教育局", "张三", "13945201234"},
                new String[]{"县科协", "李四", "13800000000"}, new String[]{"县委办", "王五", "13900000000"});
        fixture.dialogs.fileToOpen = java.util.Optional.of(list);

        fixture.dialogs.confirmAnswer = false;
        viewModel.importLiaisonList();
        assertThat(fixture.dialogs.questions).last().asString().contains("将登记或更改 2 个单位的联络员")
                .contains("第 4 行“县委办”");
        assertThat(viewModel.liaisonOf(fixture.unit("县教育局"))).isEqualTo(UnitLiaison.NONE);

        fixture.dialogs.confirmAnswer = true;
        viewModel.importLiaisonList();
        assertThat(viewModel.liaisonOf(fixture.unit("县教育局"))).isEqualTo(new UnitLiaison("张三", "13945201234"));
        assertThat(viewModel.liaisonOf(fixture.unit("县科协"))).isEqualTo(new UnitLiaison("李四", "13800000000"));
        assertThat(fixture.dialogs.notes).last().asString().contains("已登记 2 个单位的联络员");

        // the same list again: said so, nothing asked
        int asked = fixture.dialogs.questions.size();
        viewModel.importLiaisonList();
        assertThat(fixture.dialogs.questions).hasSize(asked);
        assertThat(fixture.dialogs.notes).last().asString().contains("没有需要保存的");

        // the office's list written out, every unit, read back as the list it is: nothing new in it
        Path written = folder.resolve("写出的名单.xlsx");
        fixture.dialogs.saveTo = java.util.Optional.of(written);
        viewModel.exportLiaisonList();
        assertThat(fixture.dialogs.saved).containsExactly(written);
        assertThat(org.kesudesk.exchange.LiaisonLists.read(written)).extracting(
                org.kesudesk.exchange.LiaisonLists.Entry::unitName).containsExactly("县教育局", "县科协");
        fixture.dialogs.fileToOpen = java.util.Optional.of(written);
        viewModel.importLiaisonList();
        assertThat(fixture.dialogs.questions).hasSize(asked);
        assertThat(fixture.errors).isEmpty();
    }
}
