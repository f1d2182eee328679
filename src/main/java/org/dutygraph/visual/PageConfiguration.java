package org.dutygraph.visual;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the relationship page at {@code /viz/}, and sends visitors of {@code /} there. */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/", "/viz/");
		registry.addRedirectViewController("/viz", "/viz/");
		registry.addViewController("/viz/").setViewName("forward:/viz/index.html");
	}

}
