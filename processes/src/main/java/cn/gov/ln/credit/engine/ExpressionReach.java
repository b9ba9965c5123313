package cn.gov.ln.credit.engine;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What an expression in a model may touch once the engine runs it. A model names the product's beans (see
 * {@link ModelBeans}) and its own variables; on the execution or task it may read and write variables and read
 * where it stands, never reach the engine's services behind them; on plain values (text, numbers, dates,
 * collections, decision results) it may call their methods; nothing reflects ({@code getClass()}, {@code class}),
 * and any other object is closed. The model library's rules read the same lists before a model deploys.
 */
public final class ExpressionReach {

    /** Never callable nor readable, on anything: the ways out of the expression language into reflection. */
    static final Set<String> FORBIDDEN = Set.of("class", "getClass", "forName", "classLoader", "getClassLoader",
            "wait", "notify", "notifyAll", "getRuntime", "exec", "invoke", "newInstance", "getDeclaredMethod",
            "getMethod", "getDeclaredField", "getField", "getProtectionDomain", "getModule");

    /** What the execution or task may be asked: its variables and where it stands. */
    public static final Set<String> SCOPE_METHODS = Set.of("getVariable", "getVariableLocal", "getVariableTyped",
            "getVariableLocalTyped", "getVariables", "getVariablesLocal", "getVariableNames", "getVariableNamesLocal",
            "hasVariable", "hasVariableLocal", "hasVariables", "setVariable", "setVariableLocal", "removeVariable",
            "removeVariableLocal", "getId", "getProcessInstanceId", "getProcessBusinessKey", "getBusinessKey",
            "getProcessDefinitionId", "getCurrentActivityId", "getCurrentActivityName", "getActivityInstanceId",
            "getEventName", "getTenantId", "getName", "getAssignee", "getOwner", "getTaskDefinitionKey",
            "getPriority", "getDueDate", "getFollowUpDate", "getCreateTime", "getDescription", "getExecutionId");

    /** The same, read as properties ({@code execution.processBusinessKey}). */
    public static final Set<String> SCOPE_PROPERTIES = Set.of("variables", "variablesLocal", "variablesTyped",
            "variableNames", "variableNamesLocal", "id", "processInstanceId", "processBusinessKey", "businessKey",
            "processDefinitionId", "currentActivityId", "currentActivityName", "activityInstanceId", "eventName",
            "tenantId", "name", "assignee", "owner", "taskDefinitionKey", "priority", "dueDate", "followUpDate",
            "createTime", "description", "executionId");

    /** The functions the engine itself offers to expressions. */
    public static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

    private static final String PRODUCT = "cn.gov.ln.credit.";
    private static final String DECISION_RESULTS = "org.camunda.bpm.dmn.engine.";

    private ExpressionReach() {
    }

    /** Whether the name is one of the reflective ways out, refused on every object. */
    public static boolean isForbidden(String name) {
        return FORBIDDEN.contains(name);
    }

    /** Whether {@code method} may be called on {@code base}. */
    public static boolean mayInvoke(Object base, String method) {
        if (base == null || method == null || FORBIDDEN.contains(method)) {
            return false;
        }
        if (base instanceof VariableScope) {
            return SCOPE_METHODS.contains(method);
        }
        return isProduct(base) || isValue(base);
    }

    /** Whether {@code property} may be read (or written) on {@code base}. */
    public static boolean mayRead(Object base, Object property) {
        if (property instanceof String name && FORBIDDEN.contains(name)) {
            return false;
        }
        if (base instanceof Map<?, ?> || base.getClass().isArray() || base instanceof java.util.List<?>) {
            return true;
        }
        if (base instanceof VariableScope) {
            return property instanceof String name && SCOPE_PROPERTIES.contains(name);
        }
        return isProduct(base) || isValue(base);
    }

    private static boolean isProduct(Object base) {
        for (Class<?> type = base.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().startsWith(PRODUCT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValue(Object base) {
        return base instanceof CharSequence || base instanceof Number || base instanceof Boolean
                || base instanceof Character || base instanceof Date || base instanceof TemporalAccessor
                || base instanceof Collection<?> || base instanceof Enum<?>
                || base.getClass().getName().startsWith(DECISION_RESULTS);
    }
}
