// A wtr command for leak tests: `executeServerCommand('memory')` collects garbage in the test's
// page (Chromium, through CDP) and returns what is still alive: DOM nodes (attached or detached),
// documents, event listeners and the JS heap in bytes.
export function memoryPlugin() {
  return {
    name: 'memory-command',
    async executeCommand({ command, session }) {
      if (command !== 'memory') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('The memory command needs Chromium (puppeteer).');
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { nodes, documents, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return { nodes, documents, listeners: jsEventListeners, heap: usedSize };
      } finally {
        await cdp.detach();
      }
    },
  };
}
