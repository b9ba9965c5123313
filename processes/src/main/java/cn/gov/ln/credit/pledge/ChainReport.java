package cn.gov.ln.credit.pledge;

/** The result of re-verifying the whole registry: entries checked, and the first broken link if any. */
public record ChainReport(long checked, Long firstBrokenSeq, String recordCode, String reason, long millis) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }

    public double entriesPerSecond() {
        return millis == 0 ? checked : checked * 1000.0 / millis;
    }
}
