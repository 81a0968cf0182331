import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LoadTask } from '../../src/controllers/load-task.js';

/** A load that answers when the test says so, and records the signal it was given. */
function deferred() {
  const calls: { id: string; signal: AbortSignal; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const load = ([id]: [string], { signal }: { signal: AbortSignal }) => new Promise<string>((resolve, reject) => calls.push({ id, signal, resolve, reject }));
  return { calls, load };
}

class LoadHost extends LitElement {
  readonly calls = deferred();
  readonly task = new LoadTask(this, this.calls.load);
  protected override render() {
    return html`${this.task.render({ initial: () => 'idle', pending: () => 'loading', complete: (v) => `got ${v}`, error: (e) => `failed: ${(e as Error).message}` })}`;
  }
}
customElements.define('load-task-host', LoadHost);

const text = async (el: LoadHost) => {
  await el.updateComplete;
  return el.shadowRoot!.textContent!.trim();
};

describe('LoadTask', () => {
  it('renders each status: initial, pending, complete', async () => {
    const el = await fixture<LoadHost>(html`<load-task-host></load-task-host>`);
    expect(await text(el)).to.equal('idle');
    const done = el.task.run('a');
    expect(await text(el)).to.equal('loading');
    await Promise.resolve();
    el.calls.calls[0]!.resolve('A');
    expect(await done).to.equal('A');
    expect(await text(el)).to.equal('got A');
  });

  it('a new run aborts the one before, and its late answer is dropped', async () => {
    const el = await fixture<LoadHost>(html`<load-task-host></load-task-host>`);
    const first = el.task.run('a');
    await Promise.resolve();
    const second = el.task.run('b');
    await Promise.resolve();
    const [a, b] = el.calls.calls;
    expect(a!.signal.aborted).to.equal(true);
    expect(b!.signal.aborted).to.equal(false);
    b!.resolve('B');
    await second;
    a!.resolve('A (late)');
    expect(await first, 'a superseded run answers nothing').to.equal(undefined);
    expect(await text(el)).to.equal('got B');
  });

  it('a failure is shown, and retry runs the same arguments again', async () => {
    const el = await fixture<LoadHost>(html`<load-task-host></load-task-host>`);
    const run = el.task.run('a');
    await Promise.resolve();
    el.calls.calls[0]!.reject(new Error('no answer'));
    await run;
    expect(el.task.status).to.equal('error');
    expect(await text(el)).to.equal('failed: no answer');
    const again = el.task.retry();
    await Promise.resolve();
    expect(el.calls.calls[1]!.id).to.equal('a');
    el.calls.calls[1]!.resolve('A');
    await again;
    expect(await text(el)).to.equal('got A');
  });

  it('clear() aborts and forgets; a run goes on while the element is off the page', async () => {
    const el = await fixture<LoadHost>(html`<load-task-host></load-task-host>`);
    void el.task.run('a');
    await Promise.resolve();
    el.task.clear();
    expect(el.calls.calls[0]!.signal.aborted).to.equal(true);
    expect(await text(el)).to.equal('idle');
    void el.task.run('b');
    await Promise.resolve();
    const parent = el.parentElement!;
    el.remove();
    el.calls.calls[1]!.resolve('B');
    await el.task.taskComplete;
    parent.append(el);
    expect(await text(el), 'nothing stuck loading').to.equal('got B');
  });
});
