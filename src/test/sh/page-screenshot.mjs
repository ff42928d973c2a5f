// How docs/live-view.png was taken: a live run watched by the page at / in headless chromium, over the DevTools
// protocol (Node 20+: node --experimental-websocket). Start the lab and chromium first:
//   java -jar target/quarkus-app/quarkus-run.jar serve &
//   chromium --headless --no-sandbox --hide-scrollbars --remote-debugging-port=9333 --user-data-dir=$(mktemp -d) about:blank &
//   ID=$(curl -s -X POST -H 'Content-Type: application/json' \
//     -d '{"strategy":"pump-and-dump-mainnet","blocks":64800,"speed":"max"}' http://127.0.0.1:8080/api/runs | jq -r .id)
//   node --experimental-websocket src/test/sh/page-screenshot.mjs "http://127.0.0.1:8080/#run=$ID" docs/live-view.png 75000
const [url, out, wait] = process.argv.slice(2);
const fs = await import('node:fs');
const page = (await (await fetch('http://127.0.0.1:9333/json/list')).json()).find(t => t.type === 'page');
const ws = new WebSocket(page.webSocketDebuggerUrl);
const pending = new Map();
let next = 0;
ws.onmessage = m => {
  const d = JSON.parse(m.data);
  if (pending.has(d.id)) { pending.get(d.id)(d); pending.delete(d.id); }
};
const send = (method, params = {}) => new Promise(r => {
  pending.set(++next, r);
  ws.send(JSON.stringify({ id: next, method, params }));
});
const sleep = ms => new Promise(r => setTimeout(r, ms));
await new Promise(r => { ws.onopen = r; });
await send('Emulation.setDeviceMetricsOverride', { width: 1400, height: 1750, deviceScaleFactor: 1, mobile: false });
await send('Page.navigate', { url: 'about:blank' });
await sleep(500);
await send('Page.navigate', { url });
await sleep(Number(wait));   // the run streams meanwhile
const box = await send('Runtime.evaluate', { returnByValue: true,
  expression: 'JSON.stringify(document.getElementById("live").getBoundingClientRect())' });
const b = JSON.parse(box.result.result.value);
const shot = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true,
  clip: { x: 0, y: b.y, width: 1400, height: b.height + 16, scale: 1 } });
fs.writeFileSync(out, Buffer.from(shot.result.data, 'base64'));
ws.close();
