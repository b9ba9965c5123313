package cn.gov.ln.credit.grade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Grade sources are stored as codes; the Chinese texts of older rows read as the codes they meant. */
class GradeSourceTest {

    @Test
    void newSourcesAreCodesAndOldTextsReadAsTheirCodes() {
        assertThat(GradeSource.evaluated("CreditEvaluation:3")).isEqualTo("EVALUATION:CreditEvaluation:3");
        assertThat(GradeSource.of(GradeSource.evaluated("v3")))
                .isEqualTo(new GradeSource("grade.source.evaluation", "v3"));
        assertThat(GradeSource.of("公共信用综合评价 v2")).isEqualTo(new GradeSource("grade.source.evaluation", "v2"));
        assertThat(GradeSource.of("列入严重失信主体名单").messageKey()).isEqualTo("grade.source.listed");
        assertThat(GradeSource.of("失信信息修复或期满后恢复评价结果").messageKey()).isEqualTo("grade.source.restored");
        assertThat(GradeSource.of("辽宁省公共信用综合评价").messageKey()).isEqualTo("grade.source.provincial");
        assertThat(GradeSource.of("another system")).isEqualTo(new GradeSource(null, "another system"));
    }
}
