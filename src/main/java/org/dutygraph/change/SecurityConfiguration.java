package org.dutygraph.change;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Every HTTP request is let through the filter chain (anonymous reads of /graphql,
 * GraphiQL, health and static pages); HTTP Basic signs a user in when the request carries credentials,
 * unless failed sign-ins locked that user or address ({@link SignInThrottle}). Every response carries
 * a Content-Security-Policy and the usual security headers.
 * Mutations are authorised on the controller methods ({@code @PreAuthorize}), so that a refusal is a
 * GraphQL error in the response rather than an HTTP status, and nothing is read or written before it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityUsers.class)
class SecurityConfiguration {

	/** The HTTP side; absent when the service runs without a web server (the import command). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Web {

		/**
		 * Every page and asset comes from the service itself: no inline script, no other origin, no
		 * framing. GraphiQL's stylesheet embeds its fonts and icons as data: URLs.
		 */
		static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
				+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
				+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

		/**
		 * No Micrometer observation around each of the security filters, each authentication and each
		 * authorization: a dozen observations per request that no endpoint exports (only health and
		 * info are exposed), and a visible part of what a request costs before any data is read.
		 */
		@Bean
		SecurityObservationSettings securityObservationSettings() {
			return SecurityObservationSettings.noObservations();
		}

		@Bean
		SignInThrottleFilter signInThrottleFilter(SignInThrottle throttle) {
			return new SignInThrottleFilter(throttle);
		}

		/** Registered in the security chain only, not a second time as a servlet filter. */
		@Bean
		org.springframework.boot.web.servlet.FilterRegistrationBean<SignInThrottleFilter> signInThrottleFilterRegistration(
				SignInThrottleFilter filter) {
			var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
			registration.setEnabled(false);
			return registration;
		}

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottleFilter throttle) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.httpBasic((basic) -> {
				})
				.addFilterBefore(throttle, BasicAuthenticationFilter.class)
				.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
					.frameOptions((frame) -> frame.deny())
					.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
					.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()"))
					.crossOriginOpenerPolicy((coop) -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
					.crossOriginResourcePolicy((corp) -> corp.policy(CrossOriginResourcePolicy.SAME_ORIGIN)))
				// No session and no cookie. A browser does resend cached Basic credentials, but /graphql
				// takes mutations only as a POST with a JSON body, which another site can only send after
				// a CORS preflight this service does not allow; so no CSRF token is needed there.
				.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf((csrf) -> csrf.ignoringRequestMatchers("/graphql"))
				.build();
		}

	}

	/** Failed sign-ins, on the wall clock (not the business clock, which tests fix at 2022-09-01). */
	@Bean
	SignInThrottle signInThrottle(SecurityUsers config) {
		return new SignInThrottle(Clock.systemUTC(), config.signIn());
	}

	/** Counts what Spring Security's authentication manager reports: each failure and each success. */
	@Bean
	ApplicationListener<AbstractAuthenticationEvent> signInOutcomes(SignInThrottle throttle) {
		return (event) -> {
			Authentication authentication = event.getAuthentication();
			String address = (authentication.getDetails() instanceof WebAuthenticationDetails web)
					? web.getRemoteAddress() : "unknown";
			if (event instanceof AbstractAuthenticationFailureEvent) {
				throttle.failed(authentication.getName(), address);
			}
			else if (event instanceof AuthenticationSuccessEvent) {
				throttle.succeeded(authentication.getName(), address);
			}
		};
	}

	@Bean
	UserDetailsService userDetailsService(SecurityUsers config) {
		List<UserDetails> users = config.users()
			.stream()
			.map((u) -> User.withUsername(u.name())
				.password(u.password())
				.roles(u.roles().toArray(String[]::new))
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

	/** Decodes {@code {bcrypt}}, {@code {noop}} and the other prefixes Spring Security knows. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
