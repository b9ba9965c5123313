package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.pledgetemplate.PledgeType;
import java.time.LocalDate;

/** What the public credit portal shows of a public pledge of an organisation. */
public record PublicPledge(String recordCode, String pledgerName, String uscc, PledgeType pledgeType,
        String matterName, String content, LocalDate pledgeDate, LocalDate validUntil, String acceptingUnitName,
        FulfillmentStatus fulfillmentStatus) {
}
