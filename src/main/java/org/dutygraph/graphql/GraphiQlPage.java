package org.dutygraph.graphql;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GraphiQL at {@code /graphiql}: our own page ({@code static/graphiql/}) over React, ReactDOM and
 * GraphiQL from their WebJars, so that it works without any other site and under the
 * Content-Security-Policy (no inline script).
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/graphiql", "/graphiql/").setKeepQueryParams(true);
		registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
	}

}
