package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.security.SystemRunner;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Applies the route the {@code CreditRouting} table decided ({@code Task_ApplyRoute}). */
@Component("routeDelegate")
class RouteDelegate extends SystemDelegate {

    private final FilingSteps steps;

    RouteDelegate(SystemRunner system, FilingSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> routing = (Map<String, Object>) execution.getVariable("routing");
        FilingRoute route = FilingRoute.valueOf((String) routing.get("route"));
        String reason = (String) routing.get("reason");
        execution.setVariable("route", route.name());
        execution.setVariable("pledgeAllowed", Boolean.TRUE.equals(routing.get("pledgeAllowed")));
        execution.setVariable("routingReason", reason);
        execution.setVariable("reviewDue", steps.applyRoute(filingId(execution), route, reason));
    }
}
