/**
 * Actors whose errors reach their caller. XState reports the error of an actor nobody observes
 * (or whose observers lack an `error` callback) by throwing it later from a timer: an uncaught
 * exception that printed a stack after the command line's French message and stopped the files
 * still to check (issue 10). Every actor the engine starts on its own — the player, and the
 * stages' solvers that walk a machine to derive the answer key — goes through here.
 */
import { createActor, type Actor, type ActorOptions, type AnyActorLogic, type AnyActorRef } from "xstate";

/** Creates and starts an actor whose error is kept in its snapshot (`status: "error"`), never thrown from a timer. */
export function startObserved<TLogic extends AnyActorLogic>(logic: TLogic, options: ActorOptions<TLogic>): Actor<TLogic> {
  const actor = createActor(logic, options);
  actor.subscribe({ error: () => undefined });
  actor.start();
  return actor;
}

/** Rethrows the error that stopped the actor, if any (a DomainError naming the data at fault). */
export function throwIfFailed(actor: AnyActorRef): void {
  const snapshot = actor.getSnapshot() as { status: string; error?: unknown };
  if (snapshot.status === "error") {
    actor.stop();
    throw snapshot.error;
  }
}

/**
 * Sends an event and rethrows the error it caused, so that a walk never goes on with a failed actor.
 * `failing` is the actor the error stops: the one sent to, or the player above a stage, which an
 * unhandled error of the stage stops with it.
 */
export function sendOrThrow<TEvent extends { type: string }>(actor: AnyActorRef, event: TEvent, failing: AnyActorRef = actor): void {
  actor.send(event);
  throwIfFailed(failing);
}
