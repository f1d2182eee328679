package org.dutygraph.change;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code java -jar dutygraph.jar encode-password [PASSWORD]}: prints the {@code {bcrypt}...} form of a
 * password for {@code dutygraph.security.users[n].password}, so no other tool is needed. Without an
 * argument it reads the password from the first line of standard input, which keeps it out of the
 * shell history and the process list. Starts no service.
 */
public final class EncodePasswordCommand {

	/** The first argument that runs this command. */
	public static final String NAME = "encode-password";

	static final int MIN_LENGTH = 8;

	private EncodePasswordCommand() {
	}

	/** Encodes; returns the exit status (0, or 2 with a message on {@code err} for a missing or short password). */
	public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		String password;
		if (args.length > 2) {
			err.println("usage: java -jar dutygraph.jar encode-password [PASSWORD]   (or the password on standard input)");
			return 2;
		}
		if (args.length == 2) {
			password = args[1];
		}
		else {
			try {
				String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
				password = (line != null) ? line : "";
			}
			catch (IOException ex) {
				err.println("encode-password: cannot read standard input: " + ex.getMessage());
				return 2;
			}
		}
		if (password.length() < MIN_LENGTH) {
			err.println("encode-password: the password has " + password.length() + " characters; use at least "
					+ MIN_LENGTH);
			return 2;
		}
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		out.println(encoder.encode(password));
		return 0;
	}

}
