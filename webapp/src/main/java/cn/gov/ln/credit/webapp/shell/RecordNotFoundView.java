package cn.gov.ln.credit.webapp.shell;

import cn.gov.ln.credit.shared.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Status 404 for a record that does not exist or lies outside the user's scope: the two look the same. */
@AnonymousAllowed
public class RecordNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.notFound.title", "error.notFound");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
