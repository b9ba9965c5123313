package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.webapp.i18n.LanguageSwitch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

/**
 * The frame of the pages anyone may open without signing in: the product name, links between the public pages
 * and to sign-in. It deliberately has none of the officers' menu, so nothing internal shows to the public.
 */
public class PublicLayout extends VerticalLayout implements RouterLayout {

    private final Main content = new Main();

    public PublicLayout() {
        // Sized in credit.css: on a desk the page fills the window and the content scrolls below the header; on a
        // phone the whole page scrolls, so the header does not hold half the screen.
        addClassName("public-layout");
        setPadding(false);
        setSpacing(false);
        content.addClassName("public-content");
        add(header(), content, footer());
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    private Header header() {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE, "public-title");
        Span subtitle = new Span(getTranslation("portal.subtitle"));
        subtitle.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div brand = new Div(title, subtitle);
        brand.addClassName("public-brand");

        RouterLink pledges = new RouterLink(getTranslation("portal.nav.pledges"), PublicPledgesView.class);
        pledges.setId("public-nav-pledges");
        RouterLink verify = new RouterLink(getTranslation("portal.nav.verify"), VerifyView.class);
        verify.setId("public-nav-verify");
        RouterLink dishonesty = new RouterLink(getTranslation("portal.nav.dishonesty"), PublicDishonestyView.class);
        dishonesty.setId("public-nav-dishonesty");
        RouterLink red = new RouterLink(getTranslation("portal.nav.redList"), PublicRedListView.class);
        red.setId("public-nav-red-list");
        RouterLink repairs = new RouterLink(getTranslation("portal.nav.repairs"), PublicRepairsView.class);
        repairs.setId("public-nav-repairs");
        RouterLink inspections = new RouterLink(getTranslation("portal.nav.inspections"), PublicInspectionsView.class);
        inspections.setId("public-nav-inspections");
        Nav links = new Nav(PublicGuideView.navLink(), pledges, dishonesty, red, repairs, inspections, verify,
                account());
        links.addClassName("public-nav");

        Header header = new Header(brand, links, new LanguageSwitch());
        header.addClassName("public-header");
        return header;
    }

    /** Sign-in for visitors; a signed-in officer who looks at the public pages gets a way back instead. */
    private Component account() {
        Subject subject = ThreadContext.getSubject();
        Anchor link = subject != null && subject.isAuthenticated()
                ? new Anchor("/", getTranslation("nav.home"))
                : new Anchor("/login", getTranslation("portal.login"));
        link.setId("public-login");
        return link;
    }

    private Footer footer() {
        Footer footer = new Footer(new Span(getTranslation("app.footer")));
        footer.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        footer.addClassName("public-footer");
        return footer;
    }
}
