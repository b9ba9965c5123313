package cn.gov.ln.credit.dashboard;

/** A department's parts of joint penalty cases and how many of them it has reported feedback on. */
public record DepartmentFeedback(long departmentId, String departmentCode, String departmentName, long parts,
        long reported) {

    /** Reported parts as a percentage of all parts, one decimal. */
    public double rate() {
        return parts == 0 ? 0 : Math.round(1000.0 * reported / parts) / 10.0;
    }
}
