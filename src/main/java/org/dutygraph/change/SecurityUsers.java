package org.dutygraph.change;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users who may change the graph, from configuration: {@code dutygraph.security.users[0].name},
 * {@code .password} (encoded, {@code {bcrypt}...} or, for tests only, {@code {noop}...}) and
 * {@code .roles} (EDITOR, ADMIN). In production pass them as environment variables
 * ({@code DUTYGRAPH_SECURITY_USERS_0_NAME} ...), never in a committed file. With none configured no one
 * can sign in, so every mutation is refused; reads stay open.
 */
@ConfigurationProperties("dutygraph.security")
public record SecurityUsers(@DefaultValue List<User> users) {

	/** One user; roles without the ROLE_ prefix. */
	public record User(String name, String password, @DefaultValue List<String> roles) {
	}

}
