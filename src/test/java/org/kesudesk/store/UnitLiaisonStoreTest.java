package org.kesudesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.AuditEntry;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitLiaison;
import org.kesudesk.model.UnitMerge;
import org.kesudesk.testsupport.TestPlans;

/** A unit's 联络员 stored, changed, cleared, audited, kept through a merge and its undoing, and never half-written. */
class UnitLiaisonStoreTest {

    private static final UnitLiaison ZHANG = new UnitLiaison("张三", "0452-2412345");

    @TempDir
    Path folder;
    private Database database;
    private UnitRepository units;

    @BeforeEach
    void countyPlan() {
        database = org.kesudesk.testsupport.TestDatabases.open(folder.resolve("kesudesk"));
        new PlanRepository(database).add(TestPlans.countyPlan());
        units = new UnitRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Unit unit(String name) {
        return units.findByName(name).orElseThrow();
    }

    @Test
    void aLiaisonSet_changedAndCleared_isStoredAsTyped_andEachChangeIsInTheAuditLog() {
        UUID education = unit("县教育局").id();

        UnitLiaison stored = units.setLiaison(education, UnitLiaison.NONE, new UnitLiaison(" 张三", "0452-2412345 "));
        assertThat(stored).isEqualTo(ZHANG);
        assertThat(units.liaison(education)).isEqualTo(ZHANG);
        assertThat(units.liaisons()).isEqualTo(Map.of(education, ZHANG));

        UnitLiaison li = new UnitLiaison("李四", "13945201234");
        units.setLiaison(education, ZHANG, li);
        units.setLiaison(education, li, UnitLiaison.NONE);

        assertThat(units.liaison(education)).isEqualTo(UnitLiaison.NONE);
        assertThat(units.liaisons()).isEmpty();
        assertThat(new AuditLog(database).recent(3)).extracting(AuditEntry::action, AuditEntry::summary,
                        entry -> entry.before().orElse(""), entry -> entry.after().orElse(""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unit.liaison", "县教育局", li.shown(), ""),
                        org.assertj.core.groups.Tuple.tuple("unit.liaison", "县教育局", ZHANG.shown(), li.shown()),
                        org.assertj.core.groups.Tuple.tuple("unit.liaison", "县教育局", "", ZHANG.shown()));
    }

    @Test
    void aLiaisonSomeoneElseChanged_isNotWrittenOver() {
        UUID education = unit("县教育局").id();
        units.setLiaison(education, UnitLiaison.NONE, ZHANG);
        int audited = new AuditLog(database).recent(100).size();

        // read before 张三 was set: 李四 would overwrite him
        assertThatThrownBy(() -> units.setLiaison(education, UnitLiaison.NONE, new UnitLiaison("李四", "")))
                .isInstanceOf(ChangedByOthersException.class).hasMessageContaining("县教育局的联络员");

        assertThat(units.liaison(education)).isEqualTo(ZHANG);
        assertThat(new AuditLog(database).recent(100)).hasSize(audited);
    }

    @Test
    void whatIsNoNameOrNoTelephone_isRefusedSayingWhich_andNothingIsStored() {
        UUID education = unit("县教育局").id();

        assertThatThrownBy(() -> units.setLiaison(education, UnitLiaison.NONE, new UnitLiaison("张三", "找办公室")))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("联系电话“找办公室”不是电话号码（只能有数字、空格和 - + ( ) 、 转 分机 等），没有保存。");
        assertThatThrownBy(() -> units.setLiaison(education, UnitLiaison.NONE, new UnitLiaison("张\u202E三", "")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("联络员“张\\u202E三”含有改变文字方向的字符");

        assertThat(units.liaisons()).isEmpty();
    }

    @Test
    void aMergedUnitsLiaison_becomesTheOthersIfItHasNone_andComesBackWithItsUnitWhenTheMergeIsUndone() {
        Unit league = unit("团县委");
        Unit education = unit("县教育局");
        Unit science = unit("县科协");
        UnitLiaison wang = new UnitLiaison("王五", "2412346");
        units.setLiaison(league.id(), UnitLiaison.NONE, ZHANG);
        units.setLiaison(science.id(), UnitLiaison.NONE, wang);

        UnitMerge intoEducation = units.merge(league.id(), education.id(), list -> list);

        assertThat(units.liaisons()).isEqualTo(Map.of(education.id(), ZHANG, science.id(), wang));
        units.unmerge(intoEducation, list -> list);
        assertThat(units.liaisons()).isEqualTo(Map.of(league.id(), ZHANG, science.id(), wang));

        // merged into a unit with a liaison of its own: that one stays, and the merged unit's is back when undone
        UnitMerge intoScience = units.merge(league.id(), science.id(), list -> list);
        assertThat(units.liaisons()).isEqualTo(Map.of(science.id(), wang));
        units.unmerge(intoScience, list -> list);
        assertThat(units.liaisons()).isEqualTo(Map.of(league.id(), ZHANG, science.id(), wang));
    }
}
