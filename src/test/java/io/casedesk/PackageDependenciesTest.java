package io.casedesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * How the capability packages may depend on each other (issue 17, item 3), read from the compiled main classes:
 * no two capabilities need each other, the audit chain's hashing stays in {@code audit}, and the packages every
 * capability shares borrow from none.
 */
@AnalyzeClasses(packages = "io.casedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependenciesTest {

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("io.casedesk.(*)..").namingSlices("$1")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyAuditHashesTheChain = noClasses().that().resideOutsideOfPackage("io.casedesk.audit..")
      .should().dependOnClassesThat().haveFullyQualifiedName("io.casedesk.audit.AuditHash")
      .because("the audit chain is written (AuditChain) and verified (AuditVerifier) in audit alone");

  @ArchTest
  static final ArchRule sharedPackagesBorrowFromNoCapability = noClasses()
      .that().resideInAnyPackage("io.casedesk.process..", "io.casedesk.web..", "io.casedesk.numbering..")
      .should().dependOnClassesThat(resideInAPackage("io.casedesk..")
          .and(not(resideInAnyPackage("io.casedesk.process..", "io.casedesk.web..", "io.casedesk.numbering.."))))
      .because("process (variables, actors, engine clock), web (API errors, request checks) and numbering are "
          + "what every capability uses");
}
