package org.dutygraph.change;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what. Every HTTP request is let through the filter chain (anonymous reads of /graphql,
 * GraphiQL, health and static pages); HTTP Basic signs a user in when the request carries credentials.
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

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.httpBasic((basic) -> {
				})
				// No session and no cookie. A browser does resend cached Basic credentials, but /graphql
				// takes mutations only as a POST with a JSON body, which another site can only send after
				// a CORS preflight this service does not allow; so no CSRF token is needed there.
				.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf((csrf) -> csrf.ignoringRequestMatchers("/graphql"))
				.build();
		}

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
