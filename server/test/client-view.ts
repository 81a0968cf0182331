// An agent's dashboard as the tests and the load test see it, through the kit's HttpCrmDataSource.
import type { HttpCrmDataSource } from '../../src/data/http/index.js';
import { STREAM_NAMES, streamOf, type WorkItem } from '../../src/state/index.js';

/** What an agent's dashboard holds: the three streams, loaded once and kept live by the change stream. */
export class ClientView {
  readonly items = new Map<string, WorkItem>();
  readonly changes: string[] = [];
  #unsubscribe?: () => void;
  constructor(readonly crm: HttpCrmDataSource) {}

  async load(): Promise<this> {
    this.#unsubscribe = this.crm.subscribeWorkItems((change) => {
      this.changes.push(change.type === 'upsert' ? change.item.id : change.id);
      if (change.type === 'upsert') this.items.set(change.item.id, change.item);
      else this.items.delete(change.id);
    });
    for (const stream of STREAM_NAMES) for (const item of await this.crm.listWorkItems(stream)) this.items.set(item.id, item);
    return this;
  }

  /** The ids each stream shows, sorted. */
  streams(): Record<string, string[]> {
    const out: Record<string, string[]> = { my: [], open: [], closed: [] };
    for (const item of this.items.values()) {
      const stream = streamOf(item, this.crm.agentId);
      if (stream) out[stream]!.push(`${item.id}:${item.state}:${item.customer?.id ?? '-'}`);
    }
    for (const list of Object.values(out)) list.sort();
    return out;
  }

  close(): void {
    this.#unsubscribe?.();
    this.crm.close();
  }
}

