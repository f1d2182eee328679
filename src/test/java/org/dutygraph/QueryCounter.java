package org.dutygraph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the Cypher statements the service sends through the driver, so that a test can prove that a
 * GraphQL query's round trips do not grow with page size. It wraps the real driver: every statement
 * still runs against the real Neo4j. While {@link #record() recording}, it also keeps each statement
 * with its parameters, so that a test can replay them under {@code PROFILE}.
 */
public final class QueryCounter {

	private static final AtomicInteger count = new AtomicInteger();

	private static final List<Statement> recorded = new CopyOnWriteArrayList<>();

	private static volatile boolean recording;

	/** A statement the service sent, with its parameters. */
	public record Statement(String text, Map<String, Object> parameters) {
	}

	private QueryCounter() {
	}

	public static void reset() {
		count.set(0);
	}

	public static int count() {
		return count.get();
	}

	/** Starts keeping the statements sent from now on, forgetting earlier ones. */
	public static void record() {
		recorded.clear();
		recording = true;
	}

	/** Stops keeping statements and answers those kept since {@link #record()}. */
	public static List<Statement> stopRecording() {
		recording = false;
		return List.copyOf(recorded);
	}

	/** Registers the counting driver in the shared test context. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static BeanPostProcessor countingDriver() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof Driver driver) ? wrap(driver, Driver.class) : bean;
				}
			};
		}

	}

	@SuppressWarnings("unchecked")
	static <T> T wrap(T target, Class<T> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run") && (type == Session.class || type == Transaction.class)) {
				count.incrementAndGet();
				if (recording) {
					recorded.add(statement(args));
				}
			}
			Object result = invoke(target, method, args);
			if (result instanceof Session session && !(result instanceof Proxy)) {
				return wrap(session, Session.class);
			}
			if (result instanceof Transaction tx && !(result instanceof Proxy)) {
				return wrap(tx, Transaction.class);
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	@SuppressWarnings("unchecked")
	private static Statement statement(Object[] args) {
		if (args[0] instanceof Query query) {
			return new Statement(query.text(), query.parameters().asMap());
		}
		Map<String, Object> parameters = (args.length > 1 && args[1] instanceof Map<?, ?> map)
				? (Map<String, Object>) map : Map.of();
		if (args.length > 1 && args[1] instanceof org.neo4j.driver.Value value) {
			parameters = value.asMap();
		}
		return new Statement(String.valueOf(args[0]), parameters);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
