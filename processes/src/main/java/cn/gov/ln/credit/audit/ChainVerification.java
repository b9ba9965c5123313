package cn.gov.ln.credit.audit;

/** The result of re-checking the audit chain: how many entries were checked and the first broken one. */
public record ChainVerification(long checked, Long firstBrokenId, String reason) {

    public boolean intact() {
        return firstBrokenId == null;
    }
}
