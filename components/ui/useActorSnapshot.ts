"use client";
import { useCallback, useSyncExternalStore } from "react";
import type { AnyActorRef, SnapshotFrom } from "xstate";

/** The live snapshot of an actor that may change or vanish (the player, its running stage). */
export function useActorSnapshot<T extends AnyActorRef>(actor: T): SnapshotFrom<T>;
export function useActorSnapshot<T extends AnyActorRef>(actor: T | undefined): SnapshotFrom<T> | undefined;
export function useActorSnapshot<T extends AnyActorRef>(actor: T | undefined): SnapshotFrom<T> | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!actor) return () => undefined;
      const subscription = actor.subscribe({ next: onChange, error: onChange });
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const read = useCallback((): SnapshotFrom<T> | undefined => actor?.getSnapshot(), [actor]);
  return useSyncExternalStore(subscribe, read, () => undefined);
}
