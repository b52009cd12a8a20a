package org.kesudesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.testsupport.TestPlans;

/** A notice's header as the clerk edited it, kept in the plan: what the plan reads back is what was shown. */
class NoticeHeaderTest {

    private final Plan plan = TestPlans.countyPlan().plan();

    @Test
    void theHeaderAsThePlanHasIt_keptAgain_changesNothing() {
        assertThat(NoticeHeader.of(plan).keptIn(plan).sameNotice(plan)).isTrue();
    }

    /** A derived plan (no 文号, no date, nothing printed apart): the clerk's 文号 and date, read back as typed. */
    @Test
    void aDraftsNumberAndDate_keptInThePlan_printAsTyped_theColophonFollowingThem() {
        Plan draft = plan.withNotice(new PlanNotice("", plan.title(), plan.addressees(), plan.noticeBody(),
                plan.issuer(), Optional.empty(), "", "", "", Optional.empty()));
        NoticeHeader shown = NoticeHeader.of(draft);
        NoticeHeader typed = new NoticeHeader(shown.masthead(), "甘南政办发〔2026〕3号", shown.title(),
                shown.addressees(), shown.noticeBody(), shown.signature(), "2026年3月5日", shown.annotation(), "",
                shown.signature(),
                "2026年3月5日印发");

        Plan kept = typed.keptIn(draft);

        assertThat(kept.docNumber()).isEqualTo("甘南政办发〔2026〕3号");
        assertThat(kept.issueDate()).contains(LocalDate.of(2026, 3, 5));
        // the 印发机关 and 印发日期 are the 署名's and the date's: they follow them, as before
        assertThat(kept.printedBy()).isEmpty();
        assertThat(kept.printedDate()).isEmpty();
        assertThat(NoticeHeader.of(kept)).isEqualTo(typed);
    }

    /** A 发文字号 typed with the keyboard's brackets is printed, and kept, with 〔〕 (GB/T 9704 7.2.4). */
    @Test
    void aDocNumberTypedWithSquareBrackets_isPrintedAndKeptWithHexagonalOnes() {
        NoticeHeader shown = NoticeHeader.of(plan);
        NoticeHeader typed = new NoticeHeader(shown.masthead(), "甘南政办发[2026]03号", shown.title(),
                shown.addressees(), shown.noticeBody(), shown.signature(), shown.date(), shown.annotation(),
                shown.copiedTo(), shown.printedBy(), shown.printedDate());

        assertThat(typed.docNumber()).isEqualTo("甘南政办发〔2026〕3号");
        assertThat(typed.keptIn(plan).docNumber()).isEqualTo("甘南政办发〔2026〕3号");
    }

    /** Only the 成文日期 changed: the 印发日期 that followed it, left as it was shown, follows the new date. */
    @Test
    void aPrintedDateLeftAsShown_followsTheNewDate_oneTypedApartIsKept() {
        Plan following = plan.withNotice(new PlanNotice(plan.docNumber(), plan.title(), plan.addressees(),
                plan.noticeBody(), plan.issuer(), plan.issueDate(), "", plan.copiedTo(), "", Optional.empty()));
        NoticeHeader shown = NoticeHeader.of(following);
        NoticeHeader redated = new NoticeHeader(shown.masthead(), shown.docNumber(), shown.title(),
                shown.addressees(), shown.noticeBody(), shown.signature(), "2023年4月1日", shown.annotation(),
                shown.copiedTo(),
                shown.printedBy(), shown.printedDate());
        NoticeHeader printedApart = new NoticeHeader(shown.masthead(), shown.docNumber(), shown.title(),
                shown.addressees(), shown.noticeBody(), shown.signature(), "2023年4月1日", shown.annotation(),
                shown.copiedTo(),
                shown.printedBy(), "2023年4月3日印发");

        assertThat(shown.printedDate()).isEqualTo("2023年3月9日印发");
        assertThat(NoticeHeader.of(redated.keptIn(following)).printedDate()).isEqualTo("2023年4月1日印发");
        assertThat(printedApart.keptIn(following).printedDate()).contains(LocalDate.of(2023, 4, 3));
    }

    @Test
    void aTitlesOwnLineBreaks_areForOneDocument_thePlanKeepsItOnOneLine() {
        NoticeHeader shown = NoticeHeader.of(plan);
        NoticeHeader broken = new NoticeHeader(shown.masthead(), shown.docNumber(), "甘南县人民政府办公室关于印发\n"
                + "甘南县全民科学素质提升三年行动方案的通知", shown.addressees(), shown.noticeBody(), shown.signature(),
                shown.date(), shown.annotation(), shown.copiedTo(), shown.printedBy(), shown.printedDate());

        assertThat(broken.keptIn(plan).title()).isEqualTo("甘南县人民政府办公室关于印发甘南县全民科学素质提升三年行动方案的通知");
    }

    @Test
    void aDateThatIsNoDate_orAPrintedDateWithoutItsWord_isRefusedNamingTheField() {
        NoticeHeader shown = NoticeHeader.of(plan);
        NoticeHeader noDay = new NoticeHeader(shown.masthead(), shown.docNumber(), shown.title(), shown.addressees(),
                shown.noticeBody(), shown.signature(), "2026年2月30日", shown.annotation(), shown.copiedTo(),
                shown.printedBy(),
                shown.printedDate());
        NoticeHeader notPrinted = new NoticeHeader(shown.masthead(), shown.docNumber(), shown.title(),
                shown.addressees(), shown.noticeBody(), shown.signature(), shown.date(), shown.annotation(),
                shown.copiedTo(),
                shown.printedBy(), "2026年3月5日");

        assertThatThrownBy(() -> noDay.keptIn(plan)).isInstanceOfSatisfying(UserFacingException.class,
                refused -> assertThat(refused.userMessage()).startsWith("成文日期“2026年2月30日”不是日期"));
        assertThatThrownBy(() -> notPrinted.keptIn(plan)).isInstanceOfSatisfying(UserFacingException.class,
                refused -> assertThat(refused.userMessage()).startsWith("印发日期“2026年3月5日”不是日期")
                        .contains("印发”这样"));
        // a year mistyped (0206 for 2026): a day, but in no year a plan names
        NoticeHeader noYear = new NoticeHeader(shown.masthead(), shown.docNumber(), shown.title(), shown.addressees(),
                shown.noticeBody(), shown.signature(), "0206年3月5日", shown.annotation(), shown.copiedTo(),
                shown.printedBy(), shown.printedDate());
        assertThatThrownBy(() -> noYear.keptIn(plan)).isInstanceOfSatisfying(UserFacingException.class,
                refused -> assertThat(refused.userMessage()).startsWith("成文日期“0206年3月5日”不是日期"));
    }

    @Test
    void aMastheadOtherThanTheSignatures_isNotKept_sayingWhatItWouldBe() {
        NoticeHeader shown = NoticeHeader.of(plan);
        NoticeHeader other = new NoticeHeader("甘南县科学技术协会文件", shown.docNumber(), shown.title(),
                shown.addressees(), shown.noticeBody(), shown.signature(), shown.date(), shown.annotation(),
                shown.copiedTo(),
                shown.printedBy(), shown.printedDate());

        assertThatThrownBy(() -> other.keptIn(plan)).isInstanceOfSatisfying(UserFacingException.class,
                refused -> assertThat(refused.userMessage()).contains("甘南县科学技术协会文件")
                        .contains("“甘南县人民政府办公室文件”"));
    }

    /**
     * A 函's 文号 kept in the plan: its header's 标志 is the issuer's name alone (a joint 函's, the 主办机关's), and
     * either form of the issuer's 标志 is kept (what is printed follows the 文号).
     */
    @Test
    void aLettersNumber_keptInThePlan_makesItsMastheadTheIssuerAlone() {
        NoticeHeader shown = NoticeHeader.of(plan);
        NoticeHeader letter = new NoticeHeader(shown.masthead(), "甘南政办函〔2023〕7号", shown.title(),
                shown.addressees(), shown.noticeBody(), shown.signature(), shown.date(), shown.annotation(),
                shown.copiedTo(), shown.printedBy(), shown.printedDate());

        Plan kept = letter.keptIn(plan);

        assertThat(kept.notice().isLetter()).isTrue();
        assertThat(NoticeHeader.of(kept).masthead()).isEqualTo("甘南县人民政府办公室");
        assertThat(NoticeHeader.of(kept).isLetter()).isTrue();
        assertThat(NoticeHeader.of(plan).isLetter()).isFalse();
        assertThat(NoticeHeader.mastheadOf("中共甘南县委办公室\u3000甘南县人民政府办公室", true))
                .isEqualTo("中共甘南县委办公室");
        assertThat(NoticeHeader.mastheadOf("中共甘南县委办公室\u3000甘南县人民政府办公室", false))
                .isEqualTo("中共甘南县委办公室\u3000甘南县人民政府办公室文件");
    }
}
