package io.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A table's expressions parsed once still answer for each case's own values. */
@Tag("diagram")
class ParsedOnceFeelEngineTest {

  private final ParsedOnceFeelEngine feel = new ParsedOnceFeelEngine(List.of());

  @Test
  void theSameEntryAnswersEachCaseByItsOwnInput() {
    for (int users = 0; users < 30; users++) {
      assertThat(feel.evaluateSimpleUnaryTests("[10..20], > 100", "affectedUsers", context("affectedUsers", users)))
          .as("%d users", users).isEqualTo(users >= 10 && users <= 20);
    }
    assertThat(feel.evaluateSimpleUnaryTests("\"high\",\"medium\"", "impact", context("impact", "medium"))).isTrue();
    assertThat(feel.evaluateSimpleUnaryTests("\"high\",\"medium\"", "impact", context("impact", "low"))).isFalse();
  }

  @Test
  void theSameInputExpressionReadsEachCasesVariables() {
    assertThat((Object) feel.evaluateSimpleExpression("priority", context("priority", "P1"))).isEqualTo("P1");
    assertThat((Object) feel.evaluateSimpleExpression("priority", context("priority", "P3"))).isEqualTo("P3");
    assertThat((Object) feel.evaluateSimpleExpression("users * 2", context("users", 21))).isEqualTo(42L);
  }

  @Test
  void anEntryThatDoesNotParseFailsEveryTime() {
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> feel.evaluateSimpleUnaryTests("> > 3", "x", context("x", 1)))
          .isInstanceOf(FeelException.class);
    }
  }

  private static VariableContext context(String name, Object value) {
    return Variables.createVariables().putValue(name, value).asVariableContext();
  }
}
