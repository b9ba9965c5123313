package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.listing.ListEntryView;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The published red list: organisations only, entries in force from their listing day and within their publication
 * period; an entry that ended (removed, ineligible, expired) or whose publication ran out is not shown.
 */
@Route(value = "public/red-list", layout = PublicLayout.class)
@AnonymousAllowed
public class PublicRedListView extends PublishedListView {

    public PublicRedListView(ListingService listings) {
        super("portal.redList", "red-list", "public-red-list",
                new Published(listings::publishedRed, listings::countPublishedRed));
    }

    @Override
    RecordCard card(ListEntryView v) {
        return new RecordCard(v.subjectName()).status(getTranslation("enum.ListType.RED"), "success");
    }
}
