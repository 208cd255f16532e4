package io.casedesk.process;

import camundajar.impl.scala.util.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.feel.FeelEngine$;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Camunda's FEEL engine for decision tables, parsing each expression once. The engine Camunda 7.24 ships parses every
 * input expression and every rule's input entry again on every evaluation (camunda/feel-scala#1149), which made
 * parsing the largest part of evaluating a table. Parsed expressions are immutable and depend only on their text,
 * so they are kept by text; evaluation, value mapping and functions are Camunda's own.
 */
class ParsedOnceFeelEngine extends ScalaFeelEngine {

  /** Texts kept at most (every input expression and entry of every deployed table); beyond it the cache restarts. */
  static final int MAX_EXPRESSIONS = 20_000;

  ParsedOnceFeelEngine(java.util.List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  @Override
  protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions, CompositeValueMapper values) {
    return new Parser(functions, values);
  }

  /** Camunda's configuration of the engine (no external functions, the system clock), with parsing kept. */
  private static final class Parser extends FeelEngine {

    private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
    private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

    Parser(FunctionProvider functions, ValueMapper values) {
      super(functions, values, new FeelEngine.Configuration(false), FeelEngine$.MODULE$.defaultClock());
    }

    @Override
    public Either<FeelEngine.Failure, ParsedExpression> parseExpression(String expression) {
      return parsed(expressions, expression, super::parseExpression);
    }

    @Override
    public Either<FeelEngine.Failure, ParsedExpression> parseUnaryTests(String expression) {
      return parsed(unaryTests, expression, super::parseUnaryTests);
    }

    private static Either<FeelEngine.Failure, ParsedExpression> parsed(
        Map<String, Either<FeelEngine.Failure, ParsedExpression>> cache, String text,
        Function<String, Either<FeelEngine.Failure, ParsedExpression>> parse) {
      if (cache.size() >= MAX_EXPRESSIONS) {
        cache.clear();
      }
      return cache.computeIfAbsent(text, parse);
    }
  }
}
