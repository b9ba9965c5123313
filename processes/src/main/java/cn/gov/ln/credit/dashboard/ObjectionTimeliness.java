package cn.gov.ln.credit.dashboard;

/** Objections answered by their reply date or after it, and those pending within or past it. */
public record ObjectionTimeliness(long answeredInTime, long answeredLate, long pendingInTime, long pendingOverdue) {

    public long answered() {
        return answeredInTime + answeredLate;
    }

    /** Answered in time as a percentage of those answered, one decimal. */
    public double inTimeRate() {
        return answered() == 0 ? 0 : Math.round(1000.0 * answeredInTime / answered()) / 10.0;
    }
}
