package org.dutygraph;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.dutygraph.graph.CypherParams;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.GraphValues;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
	void featurePackagesDependOnEachOtherOneWayOnly() {
		slices().matching("org.dutygraph.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void noPackageCycles() {
		slices().matching("org.dutygraph.(**)").should().beFreeOfCycles().check(classes);
	}

	/** Each source file (a top-level class with its nested ones) is one slice: no two files need each other. */
	@Test
	void noSourceFileCycles() {
		slices().assignedFrom(SOURCE_FILES).should().beFreeOfCycles().check(classes);
	}

	static final SliceAssignment SOURCE_FILES = new SliceAssignment() {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			if (!javaClass.getPackageName().startsWith("org.dutygraph")) {
				return SliceIdentifier.ignore();
			}
			String name = javaClass.getName();
			int nested = name.indexOf('$');
			return SliceIdentifier.of((nested < 0) ? name : name.substring(0, nested));
		}

		@Override
		public String getDescription() {
			return "source files of org.dutygraph";
		}

	};

	/** A controller delegates to its feature's typed queries class; it never runs or maps Cypher itself. */
	@Test
	void controllersReachTheGraphOnlyThroughTheirFeaturesQueries() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j..", "org.springframework.data.neo4j..")
			.orShould()
			.dependOnClassesThat()
			.belongToAnyOf(CypherQueries.class, CypherParams.class, GraphValues.class)
			.check(classes);
	}

	@Test
	void theParserIsPureJava() {
		noClasses().that()
			.resideInAnyPackage("org.dutygraph.importer.parse..", "org.dutygraph.importer.resolve..",
					"org.dutygraph.importer.depend..", "org.dutygraph.progress..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.neo4j..")
			.check(classes);
	}

	@Test
	void theImpactAlgorithmIsPureJava() {
		noClasses().that()
			.haveSimpleNameStartingWith("DelayImpactAnalyzer")
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
					"org.dutygraph.change..", "org.dutygraph.importer", "org.dutygraph.ledger..")
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
