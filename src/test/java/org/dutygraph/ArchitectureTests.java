package org.dutygraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of the code base, checked on every build. */
class ArchitectureTests {

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.dutygraph");
	}

	@Test
	void theModelDependsOnNothingOfOurs() {
		noClasses().that()
			.resideInAPackage("org.dutygraph.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.dutygraph.graph..", "org.dutygraph.importer..", "org.dutygraph.policy..",
					"org.dutygraph.impact..", "org.dutygraph.graphql..", "org.dutygraph.visual..", "org.dutygraph.ledger..",
					"org.springframework..")
			.check(classes);
	}

	@Test
	void theParserIsPureJava() {
		noClasses().that()
			.resideInAnyPackage("org.dutygraph.importer.parse..", "org.dutygraph.importer.resolve..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.neo4j..")
			.check(classes);
	}

	@Test
	void theImpactAlgorithmIsPureJava() {
		noClasses().that()
			.haveSimpleNameStartingWith("DelayImpactAnalyzer")
			.or()
			.haveSimpleNameStartingWith("DependencyRules")
			.or()
			.haveSimpleNameStartingWith("DeadlineStates")
			.or()
			.haveSimpleNameStartingWith("CuratedDependencies")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.neo4j..")
			.check(classes);
	}

	@Test
	void controllersLiveInFeaturePackages() {
		classes().that()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.resideInAnyPackage("org.dutygraph.policy..", "org.dutygraph.impact..", "org.dutygraph.visual..",
					"org.dutygraph.change..", "org.dutygraph.ledger..")
			.check(classes);
	}

	@Test
	void nothingDependsOnTheGraphQlWiring() {
		noClasses().that()
			.resideOutsideOfPackage("org.dutygraph.graphql..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.dutygraph.graphql..")
			.check(classes);
	}

	@Test
	void onlyTheApplicationClassSitsInTheRootPackage() {
		classes().that()
			.resideInAPackage("org.dutygraph")
			.should()
			.haveSimpleName("DutyGraphApplication")
			.check(classes);
	}

}
