import { Semaphore } from './semaphore';

describe('Semaphore', () => {
  it('grants up to its limit and queues the rest in order', async () => {
    const slots = new Semaphore(2);
    const first = await slots.acquire();
    await slots.acquire();
    const order: string[] = [];
    const third = slots.acquire().then((release) => (order.push('third'), release));
    const fourth = slots.acquire().then((release) => (order.push('fourth'), release));
    await Promise.resolve();

    expect(slots.running).toBe(2);
    expect(slots.waiting).toBe(2);

    first();
    (await third)();
    await fourth;

    expect(order).toEqual(['third', 'fourth']);
    expect(slots.running).toBe(2);
    expect(slots.waiting).toBe(0);
  });

  it('ignores a second release of the same slot', async () => {
    const slots = new Semaphore(1);
    const release = await slots.acquire();
    release();
    release();

    expect(slots.running).toBe(0);
    await slots.acquire();
    expect(slots.running).toBe(1);
  });
});
