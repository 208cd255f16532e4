package io.casedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Decision tables as an analyst might break them: they deploy, and fail when a case reaches them. */
public final class BrokenRules {

  private BrokenRules() {}

  /**
   * {@code case-priority.dmn} in which two rules match every high-impact case, which its UNIQUE hit policy refuses
   * when it is evaluated.
   */
  public static String casePriorityMatchingTwice() {
    String table;
    try {
      table = Files.readString(Path.of("processes/case-priority.dmn"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String broken = table.replace("<inputEntry id=\"rule-high-high-urgency\"><text>\"high\"</text></inputEntry>",
        "<inputEntry id=\"rule-high-high-urgency\"><text></text></inputEntry>");
    assertThat(broken).as("the rule to break is in processes/case-priority.dmn").isNotEqualTo(table);
    return broken;
  }
}
