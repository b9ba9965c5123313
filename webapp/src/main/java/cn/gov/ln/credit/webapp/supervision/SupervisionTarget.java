package cn.gov.ln.credit.webapp.supervision;

/** What a mark may be set on within a case: the whole case (id null), one of its tasks, or a department. */
public record SupervisionTarget(String id, String label) {
}
