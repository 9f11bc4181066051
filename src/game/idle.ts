import Phaser from 'phaser';

/**
 * The canvas sleeps when nothing moves: Phaser's loop (requestAnimationFrame, update, redraw) stops a few frames after
 * the last tween, timer, scene change or hold ends, and wakes on the player's input, a resize, a scene change, or a
 * tween or timer added while it slept. A static screen then costs no CPU for the canvas.
 */

/** Frames drawn with nothing busy before the loop sleeps (the last state is drawn by then). */
const IDLE_FRAMES = 3;
/** While asleep, how often to look for work that woke nothing (a safety net: adding a tween or timer wakes at once). */
const POLL_MS = 500;

/** The parts of Phaser's scene manager and clock that say whether work is waiting; Phaser exposes no public query. */
interface SceneManagerQueues {
  readonly _queue: readonly unknown[];
  readonly _pending: readonly unknown[];
  readonly _start: readonly unknown[];
  queueOp: (...args: unknown[]) => unknown;
}
interface ClockQueues {
  readonly _active: readonly unknown[];
  readonly _pendingInsertion: readonly unknown[];
}

const { START, CREATING, RUNNING } = Phaser.Scenes;

/** Whether a running scene moves something: a tween playing or a timer waiting on the scene's clock. */
function sceneBusy(scene: Phaser.Scene): boolean {
  const status = scene.sys.settings.status;
  if (status >= START && status <= CREATING) return true;
  if (status !== RUNNING) return false;
  if (!scene.tweens.paused && scene.tweens.getTweens().some((t) => !t.paused)) return true;
  const clock = scene.time as unknown as ClockQueues & { paused: boolean };
  return !clock.paused && clock._active.length + clock._pendingInsertion.length > 0;
}

/** Whether anything in the game moves or waits to happen on the loop. */
export function gameBusy(game: Phaser.Game): boolean {
  const manager = game.scene as unknown as SceneManagerQueues;
  if (manager._queue.length + manager._pending.length + manager._start.length > 0) return true;
  return game.scene.scenes.some(sceneBusy);
}

/** Keeps the loop awake while something outside Phaser's own lists moves (a card being dragged). */
export interface IdleControl {
  /** Wakes the loop now (a frame is drawn at once). */
  wake(): void;
  /** Keeps the loop awake until the returned function is called. */
  hold(): () => void;
}

const controls = new WeakMap<Phaser.Game, IdleControl>();

/** The game's idle control (a no-op one before `sleepWhenIdle`). */
export function idleControl(game: Phaser.Game): IdleControl {
  return controls.get(game) ?? { wake: () => undefined, hold: () => () => undefined };
}

/** Wraps the scene's ways to add a tween or a timer so that each also calls `wake`. */
function wakeOnAdd(scene: Phaser.Scene, wake: () => void): void {
  const wrap = <T extends object>(target: T, names: readonly (keyof T & string)[]) => {
    for (const name of names) {
      const original = target[name];
      if (typeof original !== 'function') continue;
      const bound = original.bind(target);
      Object.assign(target, {
        [name]: (...args: unknown[]) => {
          wake();
          return bound(...args);
        },
      });
    }
  };
  wrap(scene.tweens, ['add', 'addCounter', 'addMultiple', 'chain']);
  wrap(scene.time, ['addEvent']);
}

/** DOM events that may start something on the canvas: input, a size change, a host page's command. */
const WAKE_EVENTS = ['pointerdown', 'keydown', 'click', 'wheel', 'resize', 'message', 'focusin'] as const;

/** Lets the game's loop sleep when nothing moves; returns the control that scenes use to hold it awake. */
export function sleepWhenIdle(game: Phaser.Game, parent: HTMLElement): IdleControl {
  let holds = 0;
  let idleFrames = 0;
  let poll: ReturnType<typeof setInterval> | undefined;
  const wake = () => {
    idleFrames = 0;
    if (poll !== undefined) clearInterval(poll);
    poll = undefined;
    if (!game.loop.running) game.loop.wake();
  };
  const sleep = () => {
    game.loop.sleep();
    poll = setInterval(() => {
      if (holds > 0 || gameBusy(game)) wake();
    }, POLL_MS);
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    idleFrames = holds > 0 || gameBusy(game) ? 0 : idleFrames + 1;
    if (idleFrames >= IDLE_FRAMES) sleep();
  });
  // Every scene change (start, restart, stop…) goes through this queue, which the loop empties: wake it, after the
  // caller's own code (waking steps the game at once, and a scene change must stay deferred as Phaser promises).
  const manager = game.scene as unknown as SceneManagerQueues;
  const queueOp = manager.queueOp.bind(manager);
  manager.queueOp = (...args: unknown[]) => {
    const result = queueOp(...args);
    queueMicrotask(wake);
    return result;
  };
  // A tween or timer added while asleep (a story chunk finished loading, a promise settled) wakes the loop at once.
  const watchScenes = () => {
    for (const scene of game.scene.scenes) wakeOnAdd(scene, () => queueMicrotask(wake));
  };
  if (game.isRunning) watchScenes();
  else game.events.once(Phaser.Core.Events.READY, watchScenes);
  for (const type of WAKE_EVENTS) window.addEventListener(type, wake, { capture: true, passive: true });
  // Moving the pointer with a button down (a drag) keeps drawing; hovering does not.
  const onMove = (e: PointerEvent) => {
    if (e.buttons !== 0) wake();
  };
  window.addEventListener('pointermove', onMove, { capture: true, passive: true });
  // Phaser checks its parent's size on the loop: a change while asleep (the safety bar grew) must wake it.
  const resize = new ResizeObserver(wake);
  resize.observe(parent);
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    for (const type of WAKE_EVENTS) window.removeEventListener(type, wake, { capture: true });
    window.removeEventListener('pointermove', onMove, { capture: true });
    resize.disconnect();
    if (poll !== undefined) clearInterval(poll);
  });
  const control: IdleControl = {
    wake,
    hold: () => {
      holds++;
      wake();
      let held = true;
      return () => {
        if (held) holds--;
        held = false;
      };
    },
  };
  controls.set(game, control);
  return control;
}
