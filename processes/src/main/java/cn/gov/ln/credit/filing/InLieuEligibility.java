package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.pledge.PledgeFulfilment;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The legal floor of approval in lieu of certification (告知承诺制): a subject on the serious-dishonesty list, or with
 * a false pledge not yet repaired, is not eligible. The routing table a process admin edits may refuse more, never
 * less: this reads the records themselves (list entries in force, pledge determinations and repairs), not the
 * table's answer nor a credit check's evidence, and is asked at intake and again at the decision.
 */
@Component
public class InLieuEligibility {

    public static final String DISHONESTY_LISTED = "filing.inLieu.refused.dishonestyListed";
    public static final String FALSE_PLEDGE = "filing.inLieu.refused.falsePledge";

    private final ListingService listings;
    private final PledgeFulfilment fulfilment;

    InLieuEligibility(ListingService listings, PledgeFulfilment fulfilment) {
        this.listings = listings;
        this.fulfilment = fulfilment;
    }

    /** The message key of the reason the subject may not be approved on a pledge today; empty if the law allows it. */
    public Optional<String> refusal(long subjectId) {
        if (listings.dishonestyListed(subjectId)) {
            return Optional.of(DISHONESTY_LISTED);
        }
        if (fulfilment.unrepairedFalsePledges(subjectId) > 0) {
            return Optional.of(FALSE_PLEDGE);
        }
        return Optional.empty();
    }
}
