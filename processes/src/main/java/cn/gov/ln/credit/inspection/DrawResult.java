package cn.gov.ln.credit.inspection;

import java.util.List;

/** What a draw picked: the subjects in id order, each with its inspectors. */
public record DrawResult(List<Assignment> assignments) {

    public record Assignment(long subjectId, List<String> inspectors) {
    }
}
