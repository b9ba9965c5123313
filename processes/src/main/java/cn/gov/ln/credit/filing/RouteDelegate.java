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
        if (execution.getVariable("route") == null) {
            fromEarlierVersion(execution);
        }
        FilingRoute route = FilingRoute.valueOf((String) execution.getVariable("route"));
        String reason = (String) execution.getVariable("routingReason");
        execution.setVariable("reviewDue", steps.applyRoute(filingId(execution), route, reason));
    }

    /** Instances of versions before the output mapping carry the table's result as one map, {@code routing}. */
    private static void fromEarlierVersion(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> routing = (Map<String, Object>) execution.getVariable("routing");
        if (routing == null) {
            throw new IllegalStateException("the CreditRouting table gave no route for filing " + filingId(execution));
        }
        execution.setVariable("route", routing.get("route"));
        execution.setVariable("pledgeAllowed", Boolean.TRUE.equals(routing.get("pledgeAllowed")));
        execution.setVariable("routingReason", routing.get("reason"));
    }
}
