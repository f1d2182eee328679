package org.dutygraph.change;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

class EncodePasswordCommandTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aPasswordOnStandardInputIsPrintedInTheBcryptFormTheServiceSignsInWith() {
		int status = run("管网施工-secret\n", "encode-password");
		String encoded = this.out.toString(StandardCharsets.UTF_8).strip();
		assertThat(status).isZero();
		assertThat(encoded).matches("\\{bcrypt\\}\\$2a\\$10\\$[./A-Za-z0-9]{53}");
		var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		assertThat(encoder.matches("管网施工-secret", encoded)).isTrue();
		assertThat(encoder.matches("管网施工-secreT", encoded)).isFalse();
	}

	@Test
	void aPasswordAsArgumentIsEncodedToo() {
		assertThat(run("", "encode-password", "correct horse")).isZero();
		assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
			.matches("correct horse", this.out.toString(StandardCharsets.UTF_8).strip())).isTrue();
	}

	@Test
	void anEmptyOrShortPasswordIsRefusedSayingWhy() {
		assertThat(run("", "encode-password")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("the password has 0 characters; use at least 8");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(run("", "encode-password", "short")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("the password has 5 characters");
	}

	private int run(String stdin, String... args) {
		return EncodePasswordCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(this.out, true, StandardCharsets.UTF_8), new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
