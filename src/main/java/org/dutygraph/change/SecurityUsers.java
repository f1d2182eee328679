package org.dutygraph.change;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users who may change the graph, from configuration: {@code dutygraph.security.users[0].name},
 * {@code .password} (encoded, {@code {bcrypt}...} or, for tests only, {@code {noop}...}) and
 * {@code .roles} (EDITOR, ADMIN). In production pass them as environment variables
 * ({@code DUTYGRAPH_SECURITY_USERS_0_NAME} ...), never in a committed file. With none configured no one
 * can sign in, so every mutation is refused; reads stay open. {@code dutygraph.security.sign-in.*}
 * throttles failed sign-ins.
 */
@ConfigurationProperties("dutygraph.security")
public record SecurityUsers(@DefaultValue List<User> users, @DefaultValue SignIn signIn) {

	/** One user; roles without the ROLE_ prefix. */
	public record User(String name, String password, @DefaultValue List<String> roles) {
	}

	/**
	 * @param maxFailures failed sign-ins in a row of one user name before it is locked
	 * @param maxFailuresPerAddress failed sign-ins in a row from one client address before it is locked
	 * @param lock the first lock; each failure after a lock ends doubles it
	 * @param maxLock the longest lock
	 */
	public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
			@DefaultValue("30s") Duration lock, @DefaultValue("15m") Duration maxLock) {
	}

}
