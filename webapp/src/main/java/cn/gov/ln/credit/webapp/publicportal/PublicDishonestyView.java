package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.listing.ListEntryView;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The published dishonesty list: organisations only (a natural person is never published), within their
 * publication period, each with the document it rests on; a record under objection is marked as disputed.
 */
@Route(value = "public/dishonesty", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicDishonestyView extends PublishedListView {

    public PublicDishonestyView(ListingService listings) {
        super("portal.dishonesty", "dishonesty", "public-dishonesty-list",
                new Published(listings::published, listings::countPublished));
    }

    @Override
    RecordCard card(ListEntryView v) {
        RecordCard card = new RecordCard(v.subjectName()).status(UiSupport.label(this, v.entry().tier()), "error");
        if (v.entry().disputed()) {
            card.status(getTranslation("record.disputed"), "contrast");
        }
        return card;
    }
}
