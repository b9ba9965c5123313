package cn.gov.ln.credit.redlist;

import cn.gov.ln.credit.listing.ListEnding;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.shared.ClaimedRows;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends the red entries whose period ran out (expires_on before today), each in its own transaction as the system:
 * publication stops, the subject is evaluated again and the departments hear of it through the entry's ending.
 * Ending is a conditional update, so a retried or concurrent run ends each entry once.
 */
@Service
public class RedListExpiry {

    private final RedListMapper mapper;
    private final ListingService listings;
    private final SystemRunner system;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RedListExpiry(RedListMapper mapper, ListingService listings, SystemRunner system,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.mapper = mapper;
        this.listings = listings;
        this.system = system;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** How many entries this run ended. */
    public int endExpired() {
        LocalDate today = LocalDate.now(clock);
        return system.call(() -> ClaimedRows.each(transactions, limit -> mapper.findExpired(today, limit),
                id -> listings.endRed(id, ListEnding.EXPIRED, null)));
    }
}
