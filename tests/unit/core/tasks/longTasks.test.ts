import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../shared/ipc/events';
import { AppFailure } from '../../../../shared/ipc/errors';
import { EventHub } from '../../../../electron/core/events';
import { LongTasks } from '../../../../electron/core/tasks/longTasks';

function setUp() {
  const events = new EventHub();
  const seen: EventPayload<'task:progress'>[] = [];
  events.subscribe((event, payload) => {
    if (event === 'task:progress') seen.push(payload as EventPayload<'task:progress'>);
  });
  let time = 0;
  const tasks = new LongTasks(events, () => time);
  return { tasks, seen, tick: (ms: number) => (time += ms) };
}

const codeOf = (error: unknown) => (error instanceof AppFailure ? error.error.code : String(error));

describe('long tasks', () => {
  it('reports the first and last step of each phase, and the ones between at most every 100 ms', async () => {
    const { tasks, seen, tick } = setUp();
    await tasks.run('task-0001', async ({ step }) => {
      for (let done = 1; done <= 10; done++) {
        tick(30);
        await step('pack', done, 10);
      }
    });
    expect(seen.map((p) => p.done)).toEqual([1, 5, 9, 10]);
    expect(seen.every((p) => p.taskId === 'task-0001' && p.total === 10 && p.cancellable)).toBe(true);
  });

  it('stops at the next step once cancelled, and then forgets the task', async () => {
    const { tasks } = setUp();
    const reached: number[] = [];
    const running = tasks.run('task-0002', async ({ step }) => {
      for (let done = 1; done <= 100; done++) {
        await step('pack', done, 100);
        reached.push(done);
      }
      return 'finished';
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(tasks.cancel('task-0002')).toBe(true);
    const outcome = await running.catch(codeOf);
    expect(outcome).toBe('CANCELLED');
    expect(reached.length).toBeLessThan(5);
    expect(tasks.cancel('task-0002')).toBe(false);
  });

  it('says no to a cancel past the point of no return, and tells the window at the next step', async () => {
    const { tasks, seen } = setUp();
    let answer: boolean | null = null;
    const value = await tasks.run('task-0003', async ({ step, pointOfNoReturn }) => {
      await step('check', 1, 1);
      pointOfNoReturn();
      answer = tasks.cancel('task-0003');
      await step('install', 0, 1);
      await step('install', 1, 1);
      return 'installed';
    });
    expect(value).toBe('installed');
    expect(answer).toBe(false);
    expect(seen.at(-1)).toMatchObject({ phase: 'install', cancellable: false });
  });

  it('honours a cancel given just before the point of no return, before anything changed', async () => {
    const { tasks } = setUp();
    let changed = false;
    const outcome = await tasks
      .run('task-0004', async ({ step, pointOfNoReturn }) => {
        await step('check', 1, 1);
        expect(tasks.cancel('task-0004')).toBe(true);
        pointOfNoReturn();
        changed = true;
      })
      .catch(codeOf);
    expect(outcome).toBe('CANCELLED');
    expect(changed).toBe(false);
  });

  it('refuses a second task under an id that is running, naming the field', async () => {
    const { tasks } = setUp();
    let release = () => undefined as void;
    const first = tasks.run('task-0005', () => new Promise<void>((resolve) => (release = resolve)));
    const second = await tasks.run('task-0005', async () => undefined).catch((e: AppFailure) => e.error);
    expect(second).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['taskId'], code: 'task_running' }],
    });
    release();
    await first;
  });
});
