package org.ourpromise.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application prepares or runs, so a test can say how many queries one
 * request costs. Import it into a test ({@code @Import(QueryCounting.class)}) and read {@link #statements()}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounting {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    /** Statements prepared or created since the application started. */
    public static long statements() {
        return STATEMENTS.get();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds ? counting(ds) : bean;
            }
        };
    }

    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(QueryCounting.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? countingConnection(c) : result;
                });
    }

    private static Connection countingConnection(Connection target) {
        return (Connection) Proxy.newProxyInstance(QueryCounting.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                        STATEMENTS.incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
