package fr.parcours.collective;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Proxies that count what goes to the database: SQL statements prepared, engine queries created. */
public final class CountingProxies {

    /** A DataSource whose connections count every statement they prepare or create. */
    public static DataSource countingStatements(DataSource target, AtomicInteger statements) {
        return proxy(DataSource.class, target, (method, result) -> {
            if (method.equals("getConnection")) {
                return proxy(Connection.class, result, (connectionMethod, statement) -> {
                    if (connectionMethod.startsWith("prepare") || connectionMethod.equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    return statement;
                });
            }
            return result;
        });
    }

    /**
     * An engine service counting the reads it makes: the queries it creates ({@code create…Query}) and the activity
     * instance trees it fetches ({@code getActivityInstance}).
     */
    public static <T> T countingQueries(Class<T> type, T target, AtomicInteger queries) {
        return proxy(type, target, (method, result) -> {
            if ((method.startsWith("create") && method.endsWith("Query")) || method.equals("getActivityInstance")) {
                queries.incrementAndGet();
            }
            return result;
        });
    }

    private interface AfterCall {
        Object after(String method, Object result);
    }

    private static <T> T proxy(Class<T> type, Object target, AfterCall afterCall) {
        return type.cast(Proxy.newProxyInstance(CountingProxies.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    try {
                        return afterCall.after(method.getName(), method.invoke(target, args));
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    private CountingProxies() {
    }
}
