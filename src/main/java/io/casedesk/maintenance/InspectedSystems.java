package io.casedesk.maintenance;

import io.casedesk.contracts.ContractRepository;
import io.casedesk.contracts.RegisteredSystem;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The systems an inspection goes through: those the contract registers, one task each. The diagram reads
 * {@code ${inspectedSystems.indexes(contractId)}} as the collection of its per-system tasks and shows each task's
 * system by {@code product}, {@code serialNumber} and {@code site}.
 */
@Component("inspectedSystems")
public class InspectedSystems {

  private final ContractRepository contracts;

  public InspectedSystems(ContractRepository contracts) {
    this.contracts = contracts;
  }

  public List<Integer> indexes(String contractId) {
    return IntStream.range(0, systems(contractId).size()).boxed().toList();
  }

  public RegisteredSystem system(String contractId, int index) {
    List<RegisteredSystem> systems = systems(contractId);
    return index < systems.size() ? systems.get(index) : new RegisteredSystem("(no longer registered)", null, null);
  }

  public String product(String contractId, int index) {
    return system(contractId, index).product();
  }

  public String serialNumber(String contractId, int index) {
    return system(contractId, index).serialNumber();
  }

  public String site(String contractId, int index) {
    return system(contractId, index).site();
  }

  private List<RegisteredSystem> systems(String contractId) {
    return contracts.find(contractId).orElseThrow(() -> new IllegalStateException("No contract " + contractId))
        .systems();
  }
}
