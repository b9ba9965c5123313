package cn.gov.ln.credit.grade;

import java.util.Map;

/**
 * Where a grade record came from, as a message key and its argument (the model version), so each reader sees it in
 * their language. New rows store a code ({@code EVALUATION:<version>}); rows written before the codes hold Chinese
 * text, read here as the code it meant. Anything else (a source another system wrote) has no key and shows as is.
 */
public record GradeSource(String messageKey, String argument) {

    static final String EVALUATION = "EVALUATION:";
    private static final String OLD_EVALUATION = "公共信用综合评价 ";
    private static final Map<String, String> OLD_TEXTS = Map.of(
            "列入严重失信主体名单", "grade.source.listed",
            "失信信息修复或期满后恢复评价结果", "grade.source.restored",
            "辽宁省公共信用综合评价", "grade.source.provincial");

    /** The code stored for a grade the evaluation gave with the model version. */
    public static String evaluated(String modelVersion) {
        return EVALUATION + modelVersion;
    }

    /** The stored source read as a key and argument; the key is null when the source is not one of ours. */
    public static GradeSource of(String stored) {
        if (stored == null) {
            return new GradeSource(null, "");
        }
        if (stored.startsWith(EVALUATION)) {
            return new GradeSource("grade.source.evaluation", stored.substring(EVALUATION.length()));
        }
        if (stored.startsWith(OLD_EVALUATION)) {
            return new GradeSource("grade.source.evaluation", stored.substring(OLD_EVALUATION.length()));
        }
        String key = OLD_TEXTS.get(stored);
        return new GradeSource(key, key == null ? stored : "");
    }
}
