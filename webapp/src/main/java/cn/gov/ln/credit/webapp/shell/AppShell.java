package cn.gov.ln.credit.webapp.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page shell: the product's stylesheet is linked from every page's head as a plain static resource, so
 * Vaadin keeps its pre-built bundle (24.9 reads no {@code @StyleSheet} from the app shell). Push (WebSocket,
 * falling back to long polling) lets the server update an open page, e.g. the notification bell.
 */
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addLink("stylesheet", "styles/credit.css");
        settings.addLink("stylesheet", "styles/steps.css");
    }
}
