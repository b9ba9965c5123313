package cn.gov.ln.credit.supervision;

/** Filters of the supervision list: open or lifted marks (null: open), of one kind of case (null: all). */
public record SupervisionListQuery(boolean lifted, SupervisedCase caseType) {

    public static final SupervisionListQuery OPEN = new SupervisionListQuery(false, null);
}
