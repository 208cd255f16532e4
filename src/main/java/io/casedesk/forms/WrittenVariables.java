package io.casedesk.forms;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The variables of a process instance the current command has written so far.
 *
 * <p>Why the engine's entity cache: the variables a completion sets reach the engine by many roads (the
 * {@code variables} of {@code TaskService.complete}, of {@code FormService.submitTaskForm}, of the engine REST's
 * {@code /complete} and {@code /submit-form}, a start's variables), and the engine hands listeners none of them as
 * such. Each of them ends as {@link VariableInstanceEntity} objects in the command's entity cache, which the
 * engine flushes at the end of the command: new ones (state {@code TRANSIENT}), updated ones ({@code PERSISTENT}
 * and dirty, i.e. their persistent state differs from the copy taken when loaded, or their serialized value's
 * byte array is new or dirty) and removed ones. A value set to what it already was is not dirty and not counted:
 * Tasklist sends back the pre-filled values of untouched fields. Transient variables never reach the cache; they
 * live in the scopes of the task until the transaction ends, so the scopes are searched for them.
 *
 * <p>A command interceptor could not do better: it sees commands, not the variables they carry, and would have
 * to know each command class's fields. The cache is read at the start of the complete event, before any listener
 * of the task itself has run, so what those listeners set (e.g. who completed) is not mistaken for input.
 */
final class WrittenVariables {

  private WrittenVariables() {}

  static Set<String> of(CommandContext commandContext, String processInstanceId, AbstractVariableScope innermost) {
    Set<String> written = new HashSet<>();
    Set<String> changedByteArrays = new HashSet<>();
    for (CachedDbEntity cached : commandContext.getDbEntityManager().getDbEntityCache().getCachedEntities()) {
      if (cached.getEntity() instanceof ByteArrayEntity && isChanged(cached)) {
        changedByteArrays.add(cached.getEntity().getId());
      }
    }
    for (CachedDbEntity cached : commandContext.getDbEntityManager().getDbEntityCache().getCachedEntities()) {
      if (cached.getEntity() instanceof VariableInstanceEntity variable
          && processInstanceId.equals(variable.getProcessInstanceId())
          && (isChanged(cached) || changedByteArrays.contains(variable.getByteArrayValueId()))) {
        written.add(variable.getName());
      }
    }
    for (AbstractVariableScope scope = innermost; scope != null; scope = scope.getParentVariableScope()) {
      for (CoreVariableInstance variable : scope.getVariableInstancesLocal()) {
        if (variable instanceof VariableInstanceEntity entity && entity.isTransient()) {
          written.add(entity.getName());
        }
      }
    }
    return written;
  }

  private static boolean isChanged(CachedDbEntity cached) {
    return cached.getEntityState() != DbEntityState.PERSISTENT || cached.isDirty();
  }
}
