package cn.gov.ln.credit.pledge;

import java.time.LocalDate;

/** Filters of the officers' pledge list; null means no filter. {@code from}/{@code to}: the day it was signed. */
public record PledgeQuery(String text, PledgeStatus status, String matterCode, LocalDate from, LocalDate to) {

    public static final PledgeQuery ALL = new PledgeQuery(null, null, null);

    public PledgeQuery(String text, PledgeStatus status, String matterCode) {
        this(text, status, matterCode, null, null);
    }
}
