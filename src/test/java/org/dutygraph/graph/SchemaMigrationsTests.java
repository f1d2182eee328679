package org.dutygraph.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationsTests {

	@Test
	void statementsAreSplitAtLineEndingSemicolonsAndCommentsDropped() {
		String file = """
				// a comment
				CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;
				CREATE FULLTEXT INDEX b IF NOT EXISTS
				FOR (n:B) ON EACH [n.name]
				OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
				""";
		assertThat(SchemaMigrations.statements(file)).containsExactly(
				"CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
				"CREATE FULLTEXT INDEX b IF NOT EXISTS\nFOR (n:B) ON EACH [n.name]\nOPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}");
	}

	@Test
	void theSchemaFilesOnTheClasspathAreOrderedByVersion() {
		List<SchemaMigrations.Migration> migrations = new SchemaMigrations(null, "cypher/schema", null).load();
		assertThat(migrations).extracting(SchemaMigrations.Migration::version).startsWith("0001", "0002", "0003");
		assertThat(migrations.get(1).statements()).singleElement().asString().contains("'cjk'");
	}

}
