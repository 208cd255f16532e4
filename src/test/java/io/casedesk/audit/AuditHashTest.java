package io.casedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The stored chain's format does not change: hashes written by earlier versions must still verify. The expected
 * values were computed outside Java from the documented encoding (each field length-prefixed, a null as -1).
 */
class AuditHashTest {

  private static final Instant AT = Instant.parse("2026-03-02T09:15:30.123Z");

  @Test
  void theFirstAndSecondLinksOfACaseHashAsTheyAlwaysHave() {
    String first = AuditHash.of(null, "CS-2026-000042", 1, AT, "system", "OPENED", null);
    assertThat(first).isEqualTo("eca2e4cd8e1e7c8abce8dec91f4b5464fcd135c59f5215a6ddd3cee16a8964eb");
    assertThat(AuditHash.of(first, "CS-2026-000042", 2, AT, "engineer1", "WORK_ACTION", "Reseated the card – über"))
        .isEqualTo("39ccc12c6fe7a7ca887704641dca71b07bf68fadb8f26e80e78c891d4ce25190");
  }

  @Test
  void anEmptyDetailIsNotANullOne() {
    String first = AuditHash.of(null, "CS-2026-000042", 1, AT, "system", "OPENED", null);
    assertThat(AuditHash.of(first, "CS-2026-000042", 2, AT, "engineer1", "WORK_ACTION", ""))
        .isEqualTo("c67ac033d37f96bec43b8659e68ac8063e4e0a8a78fd595499f35a8b95d26da1")
        .isNotEqualTo(AuditHash.of(first, "CS-2026-000042", 2, AT, "engineer1", "WORK_ACTION", null));
  }
}
