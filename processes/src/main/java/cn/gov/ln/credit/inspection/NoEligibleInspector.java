package cn.gov.ln.credit.inspection;

/** The draw found too few inspectors for a subject once the avoidance rules were applied. */
public class NoEligibleInspector extends RuntimeException {

    private final long subjectId;
    private final int eligible;
    private final int needed;

    NoEligibleInspector(long subjectId, int eligible, int needed) {
        super("subject " + subjectId + ": " + eligible + " eligible inspectors, " + needed + " needed");
        this.subjectId = subjectId;
        this.eligible = eligible;
        this.needed = needed;
    }

    public long subjectId() {
        return subjectId;
    }

    public int eligible() {
        return eligible;
    }

    public int needed() {
        return needed;
    }
}
