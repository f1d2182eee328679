package org.dutygraph.visual;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the web app (the coordinator's workbench, {@code static/index.html} with its scripts under
 * {@code static/app/}) at {@code /}, and the relationship page at {@code /viz/}.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/").setViewName("forward:/index.html");
		registry.addRedirectViewController("/viz", "/viz/");
		registry.addViewController("/viz/").setViewName("forward:/viz/index.html");
	}

}
