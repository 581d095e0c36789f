// CommonJS consumer: `require()` of the ESM-only packages (Node >= 20.19 / 22.12), one signed
// send through them to the stub, then `require()` of each further package named after the
// fixture. Prints `{ ok, detail }` as one JSON line.
const { createYunxinClient } = require("@yunxin-im/core");
const { createSigningMiddleware } = require("@yunxin-im/signing");
const { sendToMany } = require("@yunxin-im/fanout");

async function main() {
  const fixture = JSON.parse(process.argv[2]);
  if (typeof sendToMany !== "function") throw new Error("fanout's sendToMany did not load");
  const client = createYunxinClient({ baseUrl: `${fixture.stubUrl}/ok/require-${process.pid}` });
  client.use(createSigningMiddleware({ appKey: fixture.appKey, appSecret: fixture.appSecret }));
  const result = await client.sendBatch({
    sender_id: "alice",
    receiver_ids: ["user-1"],
    message: { message_type: 0, text: "from CommonJS" },
  });
  const id = result.sent[0]?.messageServerId;
  if (id !== "9007199254740994") throw new Error(`sent id ${id}, expected 9007199254740994`);
  const loaded = process.argv.slice(3).map((name) => {
    const exports = Object.keys(require(name));
    if (exports.length === 0) throw new Error(`require("${name}") gave no exports`);
    return name;
  });
  const others = loaded.length > 0 ? ` (and ${loaded.join(", ")})` : "";
  return `require() of core, signing and fanout${others}; signed send returned id ${id}`;
}

main().then(
  (detail) => console.log(JSON.stringify({ ok: true, detail })),
  (error) => {
    console.log(
      JSON.stringify({ ok: false, detail: `${error.code ?? error.name}: ${error.message}` }),
    );
  },
);
