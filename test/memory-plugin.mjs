// A wtr command for leak tests: `executeServerCommand('memory')` collects garbage in the test's
// page (Chromium, through CDP) and returns what is still alive: DOM nodes (attached or detached),
// documents, event listeners and the JS heap in bytes.
//
// `executeServerCommand('memory', { snapshot: true })` also takes a heap snapshot, sums it up by
// object kind and returns the kinds that grew since the page's previous snapshot (`grown`, most
// bytes first): take one before and one after the cycles to see what a leak is made of. With
// `retainersOf: 'object Foo'` (or a prefix ending in `*`) it also returns what keeps the newest objects of that kind alive.
export function memoryPlugin() {
  const lastKinds = new Map();
  return {
    name: 'memory-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'memory') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('The memory command needs Chromium (puppeteer).');
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { nodes, documents, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const result = { nodes, documents, listeners: jsEventListeners, heap: usedSize };
        if (payload?.snapshot) {
          // Kept here, not in the page, so that the sums do not themselves show up in the next snapshot.
          const { kinds, retainers } = await snapshotByKind(cdp, payload.retainersOf);
          const previous = lastKinds.get(session.id);
          lastKinds.set(session.id, kinds);
          result.grown = previous ? heapDiff(previous, kinds) : [];
          if (retainers) result.retainers = retainers;
        }
        return result;
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * Takes a heap snapshot and sums its objects by type and name (constructor, string, closure…).
 * With `retainersOf` (a kind, as the sums name it), also returns what keeps the newest few objects
 * of that kind alive: for each, the chain of retainers up to a GC root or 12 steps.
 */
async function snapshotByKind(cdp, retainersOf) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snapshot = JSON.parse(chunks.join(''));
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const kinds = {};
  const { nodes, strings } = snapshot;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeAt]];
    const key = kindOf(type, strings[nodes[i + nameAt]]);
    const entry = (kinds[key] ??= [0, 0]);
    entry[0]++;
    entry[1] += nodes[i + sizeAt];
  }
  return { kinds, ...(retainersOf ? { retainers: retainerChains(snapshot, retainersOf) } : {}) };
}

/** An object's kind: its type and name, without text (strings are data) or snapshot ids (`@123`). */
function kindOf(type, name) {
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number') return type;
  return `${type} ${name.replace(/ @\d+/g, '').slice(0, 80)}`.trim();
}

function heapDiff(before, after, top = 25) {
  const grown = [];
  for (const [kind, [count, bytes]] of Object.entries(after)) {
    const [count0, bytes0] = before[kind] ?? [0, 0];
    if (count !== count0 || bytes !== bytes0) grown.push({ kind, count: count - count0, bytes: bytes - bytes0 });
  }
  return grown.sort((a, b) => b.bytes - a.bytes).slice(0, top);
}

function retainerChains(snapshot, kind) {
  const { node_fields: fields, node_types: [types], edge_fields: edgeFields, edge_types: [edgeTypes] } = snapshot.snapshot.meta;
  const { nodes, edges, strings } = snapshot;
  const width = fields.length;
  const edgeWidth = edgeFields.length;
  const [typeAt, nameAt, idAt, edgeCountAt] = ['type', 'name', 'id', 'edge_count'].map((f) => fields.indexOf(f));
  const [edgeTypeAt, edgeNameAt, toAt] = ['type', 'name_or_index', 'to_node'].map((f) => edgeFields.indexOf(f));
  const label = (n) => `${types[nodes[n + typeAt]]} ${strings[nodes[n + nameAt]].slice(0, 60)}`.trim();
  const retainedBy = new Map();
  for (let n = 0, e = 0; n < nodes.length; n += width) {
    for (let k = 0; k < nodes[n + edgeCountAt]; k++, e += edgeWidth) {
      const edgeType = edgeTypes[edges[e + edgeTypeAt]];
      if (edgeType === 'weak') continue;
      const name = edgeType === 'element' || edgeType === 'hidden' ? `[${edges[e + edgeNameAt]}]` : strings[edges[e + edgeNameAt]];
      const to = edges[e + toAt];
      let list = retainedBy.get(to);
      if (!list) retainedBy.set(to, (list = []));
      list.push([n, name]);
    }
  }
  const candidates = [];
  for (let n = 0; n < nodes.length; n += width) {
    const type = types[nodes[n + typeAt]];
    const key = kindOf(type, strings[nodes[n + nameAt]]);
    if (kind.endsWith('*') ? key.startsWith(kind.slice(0, -1)) : key === kind) candidates.push(n);
  }
  candidates.sort((a, b) => nodes[b + idAt] - nodes[a + idAt]);
  return candidates.slice(0, 4).map((start) => {
    const chain = [label(start)];
    const seen = new Set([start]);
    let at = start;
    for (let step = 0; step < 12; step++) {
      const next = (retainedBy.get(at) ?? []).find(([from]) => !seen.has(from));
      if (!next) break;
      chain.push(`${next[1]} ← ${label(next[0])}`);
      seen.add(next[0]);
      at = next[0];
    }
    return chain;
  });
}
