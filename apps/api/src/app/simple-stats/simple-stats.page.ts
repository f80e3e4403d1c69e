/**
 * A dependency-free page that opens `/ws` and lists Docker containers and guests from the
 * `initialState` and `rawData` messages. Script and style carry the per-response nonce.
 */
export function simpleStatsPage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pulse simple stats</title>
<style nonce="${nonce}">
body { font: 14px system-ui, sans-serif; margin: 1.5rem; color: #1d2733; }
table { border-collapse: collapse; margin-bottom: 1.5rem; }
th, td { text-align: left; padding: 0.25rem 0.75rem; border-bottom: 1px solid #d5dbe3; }
#status { color: #5b6878; }
</style>
</head>
<body>
<h1>Pulse simple stats</h1>
<p id="status">Connecting…</p>
<h2>Containers</h2>
<table><thead>
<tr><th>Host</th><th>Name</th><th>State</th><th>CPU %</th><th>Memory %</th></tr>
</thead>
<tbody id="containers"></tbody></table>
<h2>Guests</h2>
<table><thead>
<tr><th>Name</th><th>Node</th><th>Status</th><th>CPU %</th><th>Memory %</th></tr>
</thead>
<tbody id="guests"></tbody></table>
<script nonce="${nonce}">
(function () {
  var statusEl = document.getElementById('status');
  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
  }
  function fill(id, rows) {
    var body = document.getElementById(id);
    body.textContent = '';
    rows.forEach(function (values) {
      var tr = document.createElement('tr');
      values.forEach(function (value) { cell(tr, value); });
      body.appendChild(tr);
    });
  }
  function pct(value) { return typeof value === 'number' ? value.toFixed(1) : '–'; }
  function render(state) {
    var containers = [];
    (state.dockerHosts || []).forEach(function (host) {
      (host.containers || []).forEach(function (c) {
        var hostName = host.displayName || host.hostname;
        containers.push([hostName, c.name, c.state, pct(c.cpuPercent), pct(c.memoryPercent)]);
      });
    });
    var guests = (state.vms || []).concat(state.containers || []).map(function (g) {
      return [g.name, g.node, g.status, pct(g.cpu * 100), pct(g.memory && g.memory.usage)];
    });
    fill('containers', containers);
    fill('guests', guests);
    statusEl.textContent = 'Updated ' + new Date().toLocaleTimeString();
  }
  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + '/ws');
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data);
      if (message.type === 'initialState' || message.type === 'rawData') render(message.data);
    };
    socket.onclose = function () {
      statusEl.textContent = 'Disconnected, retrying…';
      setTimeout(connect, 3000);
    };
  }
  connect();
})();
</script>
</body>
</html>
`;
}
